// What the reader tells its host (the web page around it, or stdout with --print-events): "ready"
// when the first panel is drawn, "panel" on each move, "error" when the story cannot be shown,
// with the panel's layout and words (the page mirrors them as text for screen readers).
#include <nlohmann/json.hpp>

#include "view/reader_app.hpp"

namespace frise::view {

// Layout rectangles travel in logical pixels, with the scale to reach device pixels, so a test
// can check where text landed in a screenshot.
void ReaderApp::announce(const char* event) {
  nlohmann::json detail;
  detail["window"] = {window_w_, window_h_};
  detail["scale"] = scale_;
  detail["warnings"] = warning_count();  // the story's, and the images that could not be shown so far
  detail["font"] = fonts_.story_font() == StoryFont::dyslexia ? "dyslexia" : "comic";  // the story's words drawn in
  if (session_.state() == LoadState::ready) {
    const Story& story = session_.story();
    const Panel& panel = story.panels[current()];
    const std::string& language = session_.language();
    detail["id"] = panel.id;
    detail["index"] = current();
    detail["count"] = story.panels.size();
    detail["language"] = language;
    detail["story"] = session_.story_path();
    // The stories the picker offers (a folder's, or the index beside the story), by file.
    nlohmann::json stories = nlohmann::json::array();
    for (const StoryEntry& entry : session_.stories())
      stories.push_back({{"file", entry.file},
                         {"title", entry.title.empty() ? entry.file : entry.title.get(language, entry.title.by_language.front().first)}});
    detail["stories"] = stories;
    detail["overlay"] = to_string(session_.overlay());
    // The reader's settings as they are now (a change is announced again, as the words may move).
    const Settings& settings = session_.settings();
    detail["settings"] = {{"theme", to_string(settings.theme)},
                          {"text_size", settings.text_size},
                          {"line_spacing", settings.line_spacing},
                          {"reduced_motion", settings.reduced_motion},
                          {"dyslexia_font", settings.dyslexia_font},
                          {"timeline", to_string(settings.timeline)}};
    const auto rect = [](const Rect& r) { return nlohmann::json::array({r.x, r.y, r.w, r.h}); };
    const PanelLayout& layout = last_scene_.layout;
    detail["frame"] = rect(layout.frame);
    detail["art"] = rect(layout.art);
    detail["caption"] = rect(layout.caption);
    // Paper above the frame for balloons a small art has no room for (a tall window).
    if (layout.lettering.h > 0) detail["lettering"] = rect(layout.lettering);
    // Page either side of the art where balloons overhang it (a wide window).
    if (has_page_beside(layout)) detail["lettering"] = rect(art_with_page_beside(layout));
    if (badge_.w > 0) detail["badge"] = rect(badge_);  // the problems badge, when drawn
    if (strip_area_.w > 0) {  // the time strip, when drawn, and its last marker in view
      detail["strip"] = rect(strip_area_);
      if (!strip_.markers().empty())
        detail["strip_last_marker"] = {{"x", strip_.markers().back().x}, {"panel", strip_.markers().back().panel}};
    }
    nlohmann::json balloons = nlohmann::json::array();
    for (const PlacedBalloon& balloon : last_scene_.balloons.balloons) balloons.push_back(rect(balloon.box));
    detail["balloons"] = balloons;
    detail["dialogue_strip"] = last_scene_.dialogue_strip;
    detail["art_files"] = images_->files_for(story, panel);  // which size of each image is shown
    // The panel's words, for the page's accessible text mirror (it puts them in the DOM as text).
    const std::string& fallback = story.default_language;
    nlohmann::json text;
    text["date"] = panel.display_date.empty() && panel.date ? panel.date->to_string() : panel.display_date.get(language, fallback);
    text["headline"] = panel.headline.get(language, fallback);
    text["caption"] = panel.caption.get(language, fallback);
    if (current() == 0) {  // the cover: the story's subtitle and credits are drawn on it
      if (!story.subtitle.empty()) text["subtitle"] = story.subtitle.get(language, fallback);
      if (!story.credits.empty()) text["credits"] = credit_lines(story, text_style());
    }
    nlohmann::json lines = nlohmann::json::array();
    for (const Balloon& balloon : panel.balloons) {
      const Character* speaker = story.find_character(balloon.speaker);
      lines.push_back({{"speaker", speaker ? speaker->name.get(language, fallback) : std::string()},
                       {"kind", to_string(balloon.kind)},
                       {"text", balloon.text.get(language, fallback)}});
    }
    text["balloons"] = lines;
    nlohmann::json alts = nlohmann::json::array();
    for (const ArtLayer& layer : panel.art.layers)
      if (const ImageRef* image = story.layer_image(layer)) alts.push_back(image->alt.get(language, fallback));
    text["alt"] = alts;
    detail["text"] = text;
    announced_index_ = current();
    if (std::string(event) == "ready") announced_ready_ = true;
  } else {
    if (announced_ready_) return;  // an error is told once
    announced_ready_ = true;
    nlohmann::json list = nlohmann::json::array();
    for (const Diagnostic& d : session_.diagnostics()) list.push_back(format_diagnostic(d));
    detail["diagnostics"] = list;
    detail["language"] = session_.interface_language();  // what the error screen is written in
  }
  // replace: a text that is not UTF-8 (a story's texts are checked when read, but a message or
  // a path might not be) must not make dump() throw: the web build cannot catch, and with
  // JSON_NOEXCEPTION nlohmann would abort() (src/CMakeLists.txt).
  host_.notify(event, detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace frise::view
