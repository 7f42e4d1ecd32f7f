#include "view/layout_report.hpp"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "core/layout.hpp"
#include "core/paths.hpp"
#include "view/fonts.hpp"
#include "view/panel_view.hpp"
#include "view/theme.hpp"
#include "view/time_strip.hpp"

namespace frise::view {
namespace {

using Json = nlohmann::ordered_json;

// Two decimals: a hundredth of a pixel is finer than any check needs, and lines stay short.
double rounded(float v) { return static_cast<double>(std::lround(static_cast<double>(v) * 100)) / 100; }
Json rect(const Rect& r) { return Json::array({rounded(r.x), rounded(r.y), rounded(r.w), rounded(r.h)}); }
Json point(Vec2 p) { return Json::array({rounded(p.x), rounded(p.y)}); }

// What stands in the art area: the pictures, a placeholder for a missing one, a card (media on
// another site, drawn by the reader), a quote, or nothing (no art area at all).
const char* media_kind(const Story& story, const Panel& panel, const LayoutReportOptions& options) {
  if (panel.media) return panel.media->kind == MediaKind::quote ? "quote" : "card";
  if (panel.art.layers.empty()) return panel_has_art(panel) ? "placeholder" : "none";
  for (const ArtLayer& layer : panel.art.layers) {
    const ImageRef* image = story.layer_image(layer);
    if (!image) return "placeholder";
    if (options.file_exists && !options.file_exists(resolve_relative(options.story_path, image->path))) return "placeholder";
  }
  return "image";
}

Json panel_line(const Story& story, const Panel& panel, const PanelScene& scene, const TextStyle& style,
                const LayoutReportOptions& options) {
  Json out;
  out["id"] = panel.id;
  out["frame"] = rect(scene.layout.frame);
  out["art"] = rect(scene.layout.art);
  out["caption"] = scene.layout.caption.h > 0 ? rect(scene.layout.caption) : Json(nullptr);
  // Paper above the art where balloons that found no room on it go (a tall window's small art).
  out["lettering"] = scene.layout.lettering.h > 0 ? rect(scene.layout.lettering) : Json(nullptr);
  // Page either side of the art where balloons may overhang it (a wide window).
  Json beside = Json::array();
  for (const Rect& sheet : {scene.layout.lettering_left, scene.layout.lettering_right})
    if (sheet.w > 0) beside.push_back(rect(sheet));
  out["lettering_beside"] = beside;
  out["caption_beside"] = scene.layout.caption_beside;
  out["dialogue_strip"] = scene.dialogue_strip;
  out["strip_lines"] = scene.texts.size() - scene.strip_from;  // balloons in the dialogue strip
  Json balloons = Json::array();
  {
    for (std::size_t i = 0; i < scene.balloons.balloons.size(); ++i) {
      const PlacedBalloon& placed = scene.balloons.balloons[i];
      const Balloon& balloon = panel.balloons[i];
      Json b;
      b["rect"] = rect(placed.box);
      b["speaker"] = balloon.speaker;
      b["kind"] = to_string(balloon.kind);
      b["name_shown"] = !scene.texts[i].speaker.empty();
      if (placed.tail)
        b["tail"] = {{"base", Json::array({point(placed.tail->base_a), point(placed.tail->base_b)})},
                     {"tip", point(placed.tail->tip)}};
      else
        b["tail"] = nullptr;
      // A speaker's second balloon: glued to the previous one instead of a tail of its own.
      b["joined"] = placed.joined;
      balloons.push_back(std::move(b));
    }
  }
  out["balloons"] = std::move(balloons);
  Json keep_clear = Json::array();
  for (const PanelScene::Region& region : scene.regions) {
    if (region.kind == RegionKind::calm) continue;
    Json r{{"rect", rect(region.rect)}, {"kind", to_string(region.kind)}};
    r["who"] = region.who.empty() ? Json(nullptr) : Json(region.who);
    if (region.mouth) r["mouth"] = point(*region.mouth);
    if (region.thin) r["thin"] = true;
    keep_clear.push_back(std::move(r));
  }
  out["keep_clear"] = std::move(keep_clear);
  out["text_px"] = rounded(smallest_text_px(scene, panel, style));
  out["media"] = {{"kind", media_kind(story, panel, options)}};
  return out;
}

}  // namespace

void report_layout(const Story& story, const LayoutReportOptions& options, const std::function<void(const std::string&)>& line) {
  ImGuiContext* context = ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  {
    FontSet fonts;
    const float text_px = body_text_px(options.window_w, options.window_h, 1.0f,
                                       kMinTextPx * FontSet::story_size_per_css_px(StoryFont::comic));
    fonts.update(story.code_points(), text_px, 1.0f, StoryFont::comic);
    const Theme theme = make_theme(ThemeName::light, story.theme);
    const std::string language = options.language.empty() ? story.default_language : options.language;
    const TextStyle style{&fonts, &theme, language, story.default_language, 1.0f};
    TimeStrip strip;
    strip.reset(story);
    const ReaderScreen screen = reader_screen(options.window_w, options.window_h, fonts.text_px, true,
                                              strip.preferred_height(fonts.text_px), true, false);
    for (std::size_t i = 0; i < story.panels.size(); ++i) {
      const Panel& panel = story.panels[i];
      const PanelScene scene = compose_panel(story, panel, screen.viewport, style);
      Json out = panel_line(story, panel, scene, style, options);
      // The strip as a reader going through the story sees it on this panel.
      strip.follow(i);
      Json labels = Json::array();
      for (const StripLabel& label : strip.layout(screen.strip, i, story, fonts, language).labels)
        labels.push_back({{"rect", rect(label.rect)}, {"text", label.text}});
      out["strip_labels"] = std::move(labels);
      line(out.dump());
    }
  }
  ImGui::DestroyContext(context);
}

}  // namespace frise::view
