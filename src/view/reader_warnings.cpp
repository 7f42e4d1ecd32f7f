// The story's warnings, shown in the app and not only printed: those found when it was read and
// the images and fonts that could not be had, counted in a badge at the right of the top bar and listed
// (on a click on the badge, or W) as an author knows them from compilers; and the errors of a
// story that cannot open, with the lines they point at.
#include <algorithm>
#include <cfloat>

#include "core/paths.hpp"
#include "core/utf8.hpp"
#include "view/reader_app.hpp"
#include "view/text_block.hpp"

namespace frise::view {

std::size_t ReaderApp::warning_count() const {
  const std::vector<Diagnostic>& diagnostics = session_.diagnostics();
  const auto warnings = static_cast<std::size_t>(std::count_if(
      diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::warning; }));
  return warnings + (images_ ? images_->failures().size() : 0) + fonts_.failures().size();
}

const std::vector<std::string>& ReaderApp::warning_lines() {
  if (!warning_lines_stale_) return warning_lines_;
  warning_lines_stale_ = false;
  warning_lines_.clear();
  // The story's file by its name: the list sits under its title.
  const std::string& story_path = session_.story_path();
  const Story& story = session_.story();
  const std::size_t slash = story_path.find_last_of('/');
  const std::string name = slash == std::string::npos ? story_path : story_path.substr(slash + 1);
  const auto line = [&](Diagnostic d) {
    if (d.file == story_path) d.file = name;
    warning_lines_.push_back(format_diagnostic(d));
  };
  for (const Diagnostic& d : session_.diagnostics())
    if (d.severity == Severity::warning) line(d);
  // A font beside the page that did not come (the web edition's): the words are drawn in another.
  for (const FontSet::Failure& failure : fonts_.failures()) {
    const bool story_face = failure.file.find("Cantarell") == std::string::npos;
    warning_lines_.push_back("font " + quoted(failure.file) + " cannot be had: " + failure.error + "; " +
                             (story_face ? "the story's words are drawn in another font"
                                         : "the interface is drawn in a plainer font"));
  }
  if (!images_) return warning_lines_;
  // An image that could not be shown, at the first place in the story that names it.
  for (const ImageStore::Failure& failure : images_->failures()) {
    std::string where, named;
    const auto names = [&](const ImageRef& image) {
      for (const std::string* path : image.files()) {
        if (resolve_relative(story_path, *path) == failure.file) {
          named = *path;
          return true;
        }
      }
      return false;
    };
    for (std::size_t i = 0; i < story.sprites.size() && where.empty(); ++i)
      if (names(story.sprites[i].image)) where = "/sprites/" + std::to_string(i);
    for (std::size_t i = 0; i < story.panels.size() && where.empty(); ++i)
      for (const ArtLayer& layer : story.panels[i].art.layers)
        if (layer.sprite.empty() && names(layer.image)) {
          where = "/panels/" + std::to_string(i);
          break;
        }
    line({Severity::warning, story_path, 0, 0, where,
          (named.empty() ? std::string("an image") : "image " + quoted(named)) + " cannot be shown: " + failure.error});
  }
  return warning_lines_;
}

void ReaderApp::draw_problems_badge(ImDrawList& draw, const platform::FrameInfo& info, float bar) {
  badge_ = {};
  const std::size_t count = warning_count();
  if (count == 0) return;
  const float px = fonts_.text_px;
  const std::string number = count > 999 ? "999+" : std::to_string(count);
  const ImVec2 number_size = fonts_.ui_bold->CalcTextSizeA(px, FLT_MAX, 0, number.c_str());
  const float sign_h = px * 0.9f, sign_w = sign_h * 1.15f, pad = px * 0.4f, gap = px * 0.3f;
  const float h = std::min(bar - 2.0f, px * 1.5f), w = pad + sign_w + gap + number_size.x + pad;
  badge_ = {info.window_width - px * 0.8f - w, (bar - h) / 2, w, h};
  const ImVec2 min{badge_.x, badge_.y}, max{badge_.right(), badge_.bottom()};
  draw.AddRectFilled(min, max, badge_hovered_ || session_.overlay() == Overlay::problems ? theme_.placeholder : theme_.caption_fill, h / 2);
  draw.AddRect(min, max, theme_.muted, h / 2, 0, 1.0f);
  // A warning sign: an amber triangle with a dark rim and a dark "!", in every theme.
  const ImU32 amber = IM_COL32(240, 176, 30, 255), dark = theme_.balloon_ink;
  const float cx = min.x + pad + sign_w / 2, top = badge_.y + (h - sign_h) / 2, bottom = top + sign_h;
  const ImVec2 a{cx, top}, b{cx + sign_w / 2, bottom}, c{cx - sign_w / 2, bottom};
  draw.AddTriangleFilled(a, b, c, amber);
  draw.AddTriangle(a, b, c, dark, std::max(1.0f, px * 0.07f));
  const float stroke = std::max(1.5f, sign_h * 0.12f);
  draw.AddRectFilled({cx - stroke / 2, top + sign_h * 0.32f}, {cx + stroke / 2, top + sign_h * 0.68f}, dark, stroke / 2);
  draw.AddCircleFilled({cx, top + sign_h * 0.82f}, stroke * 0.6f, dark);
  draw.AddText(fonts_.ui_bold, px, {min.x + pad + sign_w + gap, badge_.y + (h - number_size.y) / 2}, theme_.ink,
               number.c_str());
}

// The story's problems, each with the line it points at and a caret under the column, as an
// author knows from compilers. Only the first few get their line quoted; all are listed.
void ReaderApp::draw_diagnostics(ImDrawList& draw, const platform::FrameInfo& info, const std::string& title) {
  const float px = fonts_.text_px;
  const ScreenText screen = draw_screen_title(draw, info, title, theme_.error_ink);
  const float margin = screen.margin, wrap = screen.wrap;
  float y = screen.y;
  int quoted = 0;
  const std::vector<std::string>& source_lines = session_.source_lines();
  for (const Diagnostic& d : session_.diagnostics()) {
    if (y > info.window_height) break;
    const std::string message = format_diagnostic(d);
    const ImU32 colour = d.severity == Severity::error ? theme_.error_ink : theme_.muted;
    y += draw_text_block(draw, fonts_.ui, px, {margin, y}, wrap, colour, message, 1) + px * 0.2f;
    // A line holding NUL bytes (a file saved as UTF-16) would show as a few stray characters.
    const auto quotable = [&](int number) {
      return number > 0 && static_cast<std::size_t>(number) <= source_lines.size() &&
             source_lines[static_cast<std::size_t>(number - 1)].find('\0') == std::string::npos;
    };
    if (quotable(d.line) && quoted++ < 5) {
      const std::string& line = source_lines[static_cast<std::size_t>(d.line - 1)];
      const float indent = margin + px;
      draw.PushClipRect({indent, y}, {info.window_width - margin, y + px * 2.4f}, true);
      draw.AddText(fonts_.regular, px, {indent, y}, theme_.ink, line.c_str());
      // The caret sits under the column's character (columns count characters, not bytes).
      const std::size_t byte = byte_offset_of_character(line, static_cast<std::size_t>(std::max(0, d.column - 1)));
      const float caret_x = indent + fonts_.regular->CalcTextSizeA(px, FLT_MAX, 0, line.c_str(), line.c_str() + byte).x;
      draw.AddTriangleFilled({caret_x, y + px * 1.15f}, {caret_x - px * 0.35f, y + px * 1.75f},
                             {caret_x + px * 0.35f, y + px * 1.75f}, theme_.error_ink);
      draw.PopClipRect();
      y += px * 2.2f;
    }
    y += px * 0.4f;
  }
}

}  // namespace frise::view
