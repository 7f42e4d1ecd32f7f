// The reader's fonts: which story font, at what size, holding which characters; the atlas
// itself is FontSet's (fonts.cpp).
#include "core/layout.hpp"
#include "core/utf8.hpp"
#include "view/reader_app.hpp"

namespace frise::view {

bool ReaderApp::prepare_fonts(const platform::FrameInfo& info) {
  // The files that arrived (and the page's commands) are taken before the atlas is decided, so
  // a story and its fonts arriving together (the page fetched both at once) are drawn in this
  // very frame.
  now_ = info.seconds;
  scale_ = info.framebuffer_scale;
  driver_.begin_frame();
  // Body text follows the window: readable on a phone (where width is what limits it), not tiny
  // on a 4K screen.
  const StoryFont wanted = session_.settings().dyslexia_font ? StoryFont::dyslexia : StoryFont::comic;
  fonts_.fetch_missing(host_, wanted);
  const StoryFont font = fonts_.font_to_draw(wanted);
  // OpenDyslexic could not be had: Comic Neue instead, which the page had no reason to fetch.
  if (font != wanted) fonts_.fetch_missing(host_, font);
  // Beside the editor, the panel's area is the reader's screen being previewed.
  const float story_w = session_.overlay() == Overlay::editor ? info.window_width - editor_width(info.window_width)
                                                             : info.window_width;
  const float text_px = body_text_px(story_w, info.window_height, session_.settings().text_size,
                                     kMinTextPx * FontSet::story_size_per_css_px(font));
  // The characters in use change only with the story, its problems or the picker's list:
  // gathering them walks every text, far too much for every frame of a long story.
  // An image that could not be shown adds a warning, whose words may need characters too.
  if (images_ && images_->failures().size() != known_image_failures_) {
    known_image_failures_ = images_->failures().size();
    font_characters_stale_ = warning_lines_stale_ = true;
  }
  if (fonts_.failures().size() != known_font_failures_) {
    known_font_failures_ = fonts_.failures().size();
    font_characters_stale_ = warning_lines_stale_ = true;
    if (announced_ready_) announced_index_ = SIZE_MAX;  // the host hears the new count
  }
  if (font_characters_stale_) {
    font_characters_ = story().code_points();
    for (const Diagnostic& d : session_.diagnostics()) collect_code_points(format_diagnostic(d), font_characters_);
    if (images_)
      for (const ImageStore::Failure& failure : images_->failures()) collect_code_points(failure.error, font_characters_);
    for (const FontSet::Failure& failure : fonts_.failures()) collect_code_points(failure.error, font_characters_);
    for (const char* language : {"fr", "en"})
      for (const auto& [key, value] : text_.in(language).entries()) collect_code_points(value, font_characters_);
    collect_code_points(session_.notice_value().second, font_characters_);
    for (const StoryEntry& entry : session_.stories())
      for (const auto& [language, title] : entry.title.by_language) collect_code_points(title, font_characters_);
    font_characters_stale_ = false;
  }
  const StoryFont before = fonts_.story_font();
  const bool rebuilt = fonts_.update(font_characters_, text_px, info.framebuffer_scale, font);
  // A font picked in the settings that arrived just now: the host hears the panel in it.
  if (rebuilt && fonts_.story_font() != before && announced_ready_) announced_index_ = SIZE_MAX;
  return rebuilt;
}

}  // namespace frise::view
