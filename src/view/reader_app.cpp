// [SECTION] Loading
// [SECTION] Frame
// [SECTION] Drawing
// (Input lives in reader_input.cpp, reloading in reader_reload.cpp, events for the host in
// reader_events.cpp, the story's warnings in reader_warnings.cpp.)
#include "view/reader_app.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "core/layout.hpp"
#include "core/paths.hpp"
#include "core/story_index.hpp"
#include "core/story_json.hpp"
#include "core/utf8.hpp"
#include "platform/host.hpp"
#include "view/text_block.hpp"

namespace frise::view {

ReaderApp::ReaderApp(ReaderOptions options) : options_(std::move(options)) {
  // Preferences come back from the last visit; what the command line or URL says wins.
  saved_ = ReadingState::from_json(platform::load_saved_state()).state;
  const ReaderPreferences& preferences = saved_.preferences;
  ui_.theme = preferences.theme == InterfaceTheme::dark ? ThemeKind::dark
              : preferences.theme == InterfaceTheme::contrast ? ThemeKind::contrast : ThemeKind::light;
  if (!options_.theme.empty())
    ui_.theme = options_.theme == "dark" ? ThemeKind::dark : options_.theme == "contrast" ? ThemeKind::contrast : ThemeKind::light;
  ui_.text_scale = std::clamp(preferences.text_size, 0.8f, 1.6f);
  ui_.line_spacing = std::clamp(preferences.line_spacing, 1.0f, 1.8f);
  ui_.reduce_motion = options_.reduce_motion || preferences.reduced_motion;
  ui_.dyslexia_font = options_.dyslexia_font || preferences.dyslexia_font;
  ui_.timeline = options_.timeline != "bottom" ? options_.timeline : to_string(preferences.timeline);
  if (options_.language.empty()) options_.language = preferences.language;
  ui_.autoplay = options_.autoplay;
  theme_ = make_theme(ui_.theme, {});
  open_story(options_.story_path, options_.start_panel);
  // The picker lists the stories bundled beside this one.
  const std::string index_path = resolve_relative(options_.story_path, "index.json");
  files_.request(index_path, [this, index_path](platform::FileResult&& file) {
    if (!file.ok()) return;  // a story opened on its own has no picker
    StoryIndex index = parse_story_index(std::string(file.bytes.begin(), file.bytes.end()), index_path);
    for (StoryEntry& entry : index.stories) entry.file = resolve_relative(index_path, entry.file);
    stories_ = std::move(index.stories);
    font_characters_stale_ = true;
  });
}

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

void ReaderApp::open_story(const std::string& path, const std::string& start_panel) {
  story_path_ = path;
  start_panel_ = start_panel;
  state_ = StoryState::loading;
  story_ = {};
  font_characters_stale_ = true;
  search_ = {};
  diagnostics_.clear();
  source_lines_.clear();
  navigator_ = Navigator();
  images_ = std::make_unique<ImageStore>(files_, path);
  known_image_failures_ = 0;
  announced_index_ = SIZE_MAX;
  story_version_ = platform::file_version(path);  // before reading: a save meanwhile reloads
  files_.request(path, [this, path](platform::FileResult&& file) {
    if (path == story_path_) on_story_file(std::move(file));  // a story replaced meanwhile is dropped
  });
}

void ReaderApp::on_story_file(platform::FileResult&& file) {
  font_characters_stale_ = true;  // a new story, or its problems
  warning_lines_stale_ = true;
  const bool reload = std::exchange(reloading_, false);
  if (reload) {
    announced_ready_ = false;  // the host hears "ready" or "error" again
    announced_index_ = SIZE_MAX;
    diagnostics_.clear();
    source_lines_.clear();
  }
  if (!file.ok()) {
    diagnostics_.push_back({Severity::error, story_path_, 0, 0, "", file.error});
    state_ = StoryState::failed;
    return;
  }
  const std::string text(file.bytes.begin(), file.bytes.end());
  StoryLoadOptions options;  // no file checks: the browser cannot
  options.threads = platform::threads_for_reading();
  StoryLoadResult loaded = parse_story(text, story_path_, options);
  const bool ok = loaded.ok();
  diagnostics_ = std::move(loaded.diagnostics);
  for (const Diagnostic& d : diagnostics_) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
  if (!ok) {
    // Keep the lines the errors point at, to show them as a compiler would.
    std::size_t start = 0;
    while (start <= text.size() && source_lines_.size() < 100000) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      source_lines_.push_back(text.substr(start, std::min<std::size_t>(end - start, 400)));
      start = end + 1;
    }
    state_ = StoryState::failed;
    return;
  }
  story_ = std::move(loaded.story);
  navigator_ = Navigator(story_.panels.size());
  const std::string& wanted_language = reload ? language_ : options_.language;
  const bool language_known = std::find(story_.languages.begin(), story_.languages.end(), wanted_language) !=
                              story_.languages.end();
  language_ = language_known ? wanted_language : story_.default_language;
  if (reload) {
    // The panel that was on screen, found by its id; if the author renamed or removed it, the
    // same place in the story.
    const int same = story_.find_panel(reload_panel_);
    navigator_.go_to(same >= 0 ? static_cast<std::size_t>(same) : std::min(reload_index_, story_.panels.size() - 1));
    images_ = std::make_unique<ImageStore>(files_, story_path_);  // the art may have changed too
    known_image_failures_ = 0;
    search_ = {};
    ui_.overview = false;  // its grid was laid out for the old panels
    notice_ = text_.in(language_).text("story.reloaded");
    notice_until_ = now_ + 2.5;
  } else {
    // A link's panel wins; else the panel where the reader stopped last time; else the first.
    navigator_.go_to(starting_panel(story_, saved_, start_panel_));
  }
  set_theme(ui_.theme);  // the story may tint it
  state_ = StoryState::ready;
  slide_ = CameraMotion({{static_cast<float>(navigator_.current()), 0}, 1});
  strip_.reset(story_);
  strip_.follow(navigator_.current());
  images_->request_around(story_, navigator_.current());
}

bool ReaderApp::reduced_motion() const { return ui_.reduce_motion || platform::host_prefers_reduced_motion(); }

void ReaderApp::moved() {
  // The camera eases to the new panel; a long jump starts from its neighbour, not across the story.
  const float target = static_cast<float>(navigator_.current());
  const float from = slide_.at(now_).centre.x;
  if (std::fabs(target - from) > 1.5f) slide_.go_to({{target + (target > from ? -1.0f : 1.0f), 0}, 1}, now_, true);
  slide_.go_to({{target, 0}, 1}, now_, reduced_motion());
  ui_.zoom = 1;
  ui_.zoom_offset = {};
  images_->request_around(story_, navigator_.current());
  strip_.follow(navigator_.current());
  ui_.autoplay_due = 0;  // the new panel gets its whole time
  glossary_.panel_changed();
  save_reading_state();
}

std::string ReaderApp::story_key() const { return story_.id.empty() ? story_path_ : story_.id; }

void ReaderApp::save_reading_state() {
  if (state_ != StoryState::ready) return;
  saved_.remember(story_key(), story_.panels[navigator_.current()].id);
  ReaderPreferences& preferences = saved_.preferences;
  preferences.language = language_;
  preferences.theme = ui_.theme == ThemeKind::dark ? InterfaceTheme::dark
                      : ui_.theme == ThemeKind::contrast ? InterfaceTheme::contrast : InterfaceTheme::light;
  preferences.text_size = ui_.text_scale;
  preferences.line_spacing = ui_.line_spacing;
  preferences.reduced_motion = ui_.reduce_motion;
  preferences.dyslexia_font = ui_.dyslexia_font;
  preferences.timeline = ui_.timeline == "top"      ? TimelinePosition::top
                         : ui_.timeline == "hidden" ? TimelinePosition::hidden : TimelinePosition::bottom;
  platform::save_state(to_json(saved_));
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

bool ReaderApp::prepare_fonts(const platform::FrameInfo& info) {
  // Body text follows the window: readable on a phone (where width is what limits it), not tiny
  // on a 4K screen.
  const StoryFont font = ui_.dyslexia_font ? StoryFont::dyslexia : StoryFont::comic;
  const float text_px = body_text_px(info.window_width, info.window_height, ui_.text_scale,
                                     kMinTextPx * FontSet::story_size_per_css_px(font));
  // The characters in use change only with the story, its problems or the picker's list:
  // gathering them walks every text, far too much for every frame of a long story.
  // An image that could not be shown adds a warning, whose words may need characters too.
  if (images_ && images_->failures().size() != known_image_failures_) {
    known_image_failures_ = images_->failures().size();
    font_characters_stale_ = warning_lines_stale_ = true;
  }
  if (font_characters_stale_) {
    font_characters_ = story_.code_points();
    for (const Diagnostic& d : diagnostics_) collect_code_points(format_diagnostic(d), font_characters_);
    if (images_)
      for (const ImageStore::Failure& failure : images_->failures()) collect_code_points(failure.error, font_characters_);
    for (const char* language : {"fr", "en"})
      for (const auto& [key, value] : text_.in(language).entries()) collect_code_points(value, font_characters_);
    for (const StoryEntry& entry : stories_)
      for (const auto& [language, title] : entry.title.by_language) collect_code_points(title, font_characters_);
    font_characters_stale_ = false;
  }
  return fonts_.update(font_characters_, text_px, info.framebuffer_scale, font);
}

TextStyle ReaderApp::text_style() const {
  return {&fonts_, &theme_, language_, story_.default_language, ui_.line_spacing};
}

void ReaderApp::frame(const platform::FrameInfo& info) {
  window_w_ = info.window_width;
  window_h_ = info.window_height;
  now_ = info.seconds;
  scale_ = info.framebuffer_scale;
  files_.poll();
  watch_story_file();
  handle_reload_key();
  if (state_ == StoryState::ready) {
    handle_host_commands();
    handle_input(info);
    update_autoplay(info);
  }

  ImDrawList& draw = *ImGui::GetBackgroundDrawList();
  draw.AddRectFilled({0, 0}, {info.window_width, info.window_height}, theme_.paper);
  frame_complete_ = false;
  if (!fonts_.ready()) return;

  switch (state_) {
    case StoryState::loading: {
      const ScreenText screen =
          draw_screen_title(draw, info, text_.in(options_.language.empty() ? "fr" : options_.language).text("loading.story"),
                            theme_.muted);
      draw_text_block(draw, fonts_.ui, fonts_.text_px, {screen.margin, screen.y}, screen.wrap, theme_.ink, story_path_, 1);
      break;
    }
    case StoryState::failed: {
      draw_diagnostics(draw, info, text_.in(options_.language.empty() ? "fr" : options_.language).text("error.title"));
      frame_complete_ = true;
      announce("error");
      break;
    }
    case StoryState::ready:
      draw_story(draw, info);
      if (!ui_.overview) glossary_.draw(draw, story_, language_, fonts_, theme_, text_.in(language_), viewport_);
      draw_overlays();
      draw_notice(draw, info);
      // Complete once the camera has arrived and the panel's images are in.
      frame_complete_ = !slide_.moving(now_) && images_->settled(story_, story_.panels[navigator_.current()]);
      images_->end_frame();
      if (frame_complete_) {
        if (!announced_ready_) announce("ready");
        if (announced_index_ != navigator_.current()) announce("panel");
      }
      break;
  }
}

// Each panel stays as long as its author asked, else long enough to read its words.
double ReaderApp::panel_seconds(const Panel& panel) const {
  if (panel.duration) return *panel.duration;
  std::size_t characters = panel.headline.get(language_, story_.default_language).size() +
                           panel.caption.get(language_, story_.default_language).size();
  for (const Balloon& balloon : panel.balloons) characters += balloon.text.get(language_, story_.default_language).size();
  return std::clamp(3.0 + static_cast<double>(characters) * 0.05, 4.0, 20.0);
}

void ReaderApp::update_autoplay(const platform::FrameInfo& info) {
  if (!ui_.autoplay) return;
  // The clock starts once the panel is fully on screen.
  if (ui_.autoplay_due == 0) {
    if (images_->settled(story_, story_.panels[navigator_.current()]))
      ui_.autoplay_due = info.seconds + panel_seconds(story_.panels[navigator_.current()]);
    return;
  }
  if (info.seconds < ui_.autoplay_due) return;
  if (navigator_.next()) moved();
  else ui_.autoplay = false;  // the end of the story
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

void ReaderApp::draw_bars(ImDrawList& draw, const platform::FrameInfo& info, float bar) {
  const float px = fonts_.text_px;
  // Top bar: the story's title; bottom bar: position and how to move.
  const std::string& title = story_.title.get(language_, story_.default_language);
  draw.AddText(fonts_.bold, px, {px * 0.8f, (bar - px) / 2}, theme_.muted, title.c_str());
  char position[64];
  std::snprintf(position, sizeof position, "%zu / %zu", navigator_.current() + 1, navigator_.count());
  const ImVec2 position_size = fonts_.ui->CalcTextSizeA(px, FLT_MAX, 0, position);
  const float bottom_y = info.window_height - bar + (bar - px) / 2;
  draw.AddText(fonts_.ui, px, {(info.window_width - position_size.x) / 2, bottom_y}, theme_.ink, position);
  if (ui_.autoplay) {
    // A small "playing" mark beside the position.
    const float x = (info.window_width + position_size.x) / 2 + px * 0.6f, y = info.window_height - bar / 2;
    draw.AddTriangleFilled({x, y - px * 0.35f}, {x, y + px * 0.35f}, {x + px * 0.6f, y}, theme_.accent);
  }
  draw_problems_badge(draw, info, bar);
  // Arrows are drawn, not typed: the comic font has no arrow glyphs.
  const float mid_y = info.window_height - bar / 2;
  const float half = px * 0.4f;
  if (!navigator_.at_start())
    draw.AddTriangleFilled({px, mid_y}, {px + 2 * half, mid_y - half}, {px + 2 * half, mid_y + half}, theme_.accent);
  if (!navigator_.at_end()) {
    const float x = info.window_width - px;
    draw.AddTriangleFilled({x, mid_y}, {x - 2 * half, mid_y + half}, {x - 2 * half, mid_y - half}, theme_.accent);
  }
}

void ReaderApp::draw_story(ImDrawList& draw, const platform::FrameInfo& info) {
  // The time strip sits between the panel and the bottom bar (or under the top bar).
  const ReaderScreen screen = reader_screen(info.window_width, info.window_height, fonts_.text_px, ui_.chrome,
                                            strip_.preferred_height(fonts_.text_px), ui_.timeline != "hidden",
                                            ui_.timeline == "top");
  if (ui_.chrome) draw_bars(draw, info, screen.bar);
  if (screen.strip.h > 0) {
    const int clicked = strip_.draw(draw, screen.strip, navigator_.current(), story_, fonts_, theme_, language_);
    if (clicked >= 0 && navigator_.go_to(static_cast<std::size_t>(clicked))) moved();
  }
  viewport_ = screen.viewport;
  vertical_ = viewport_.w < viewport_.h * 0.8f;  // narrow portrait windows stack panels
  if (ui_.overview) {
    const int picked =
        overview_.draw(draw, viewport_, navigator_.current(), story_, *images_, fonts_, theme_, language_, now_);
    if (picked >= 0) {
      ui_.overview = false;
      if (navigator_.go_to(static_cast<std::size_t>(picked))) moved();
    }
    return;
  }
  const TextStyle style = text_style();
  // Slots along the strip, one viewport each plus a gutter; only the one or two in view are drawn.
  const float slot = (vertical_ ? viewport_.h : viewport_.w) * 1.06f;
  const float position = slide_.at(now_).centre.x;
  const int first = static_cast<int>(std::floor(position)), last = static_cast<int>(std::ceil(position));
  draw.PushClipRect({viewport_.x, viewport_.y}, {viewport_.right(), viewport_.bottom()}, true);
  for (int i = std::max(0, first); i <= std::min(last, static_cast<int>(story_.panels.size()) - 1); ++i) {
    const Panel& panel = story_.panels[static_cast<std::size_t>(i)];
    const float shift = (static_cast<float>(i) - position) * slot;
    Rect area = viewport_;
    if (vertical_) area.y += shift;
    else area.x += shift;
    const bool current = static_cast<std::size_t>(i) == navigator_.current();
    if (current && ui_.zoom > 1) {  // zoomed: a larger virtual viewport, clipped to the real one
      area = {area.x + ui_.zoom_offset.x, area.y + ui_.zoom_offset.y, area.w * ui_.zoom, area.h * ui_.zoom};
    }
    PanelScene scene = compose_panel(story_, panel, area, style);
    const float art_device_width = scene.layout.art.w * scale_;
    if (current) images_->set_art_device_width(art_device_width);
    draw_panel(draw, scene, panel, images_->layer_images(story_, panel, art_device_width), style,
               current ? &glossary_.hotspots_to_draw() : nullptr);
    if (current) last_scene_ = std::move(scene);
  }
  draw.PopClipRect();
}

// Zooms the current panel by `factor` keeping the point under `at` where it is.
void ReaderApp::zoom_at(float factor, ImVec2 at) {
  const float zoom = std::clamp(ui_.zoom * factor, 1.0f, 4.0f);
  const float applied = zoom / ui_.zoom;
  const Vec2 anchor{at.x - viewport_.x, at.y - viewport_.y};
  ui_.zoom_offset = {anchor.x - (anchor.x - ui_.zoom_offset.x) * applied, anchor.y - (anchor.y - ui_.zoom_offset.y) * applied};
  ui_.zoom = zoom;
  // The zoomed panel always covers the viewport: no empty band at an edge.
  ui_.zoom_offset.x = std::clamp(ui_.zoom_offset.x, viewport_.w * (1 - zoom), 0.0f);
  ui_.zoom_offset.y = std::clamp(ui_.zoom_offset.y, viewport_.h * (1 - zoom), 0.0f);
  if (applied != 1.0f) platform::notify_host("zoom", "{\"zoom\":" + std::to_string(zoom) + "}");
}

// A full-window message (loading, a story that cannot open): its title at the top left; returns
// where the text under it starts.
ReaderApp::ScreenText ReaderApp::draw_screen_title(ImDrawList& draw, const platform::FrameInfo& info,
                                                   const std::string& title, ImU32 colour) {
  ScreenText out;
  out.margin = std::min(info.window_width, info.window_height) * 0.06f;
  out.wrap = info.window_width - 2 * out.margin;
  const float px = fonts_.text_px;
  out.y = out.margin + draw_text_block(draw, fonts_.bold, px * 1.3f, {out.margin, out.margin}, out.wrap, colour, title, 1) + px;
  return out;
}

void ReaderApp::draw_overlays() {
  const Locale& text = text_.in(language_);
  const float px = fonts_.text_px;
  // The story's title in the top bar opens the picker (when there are stories to pick from).
  if (ui_.chrome && stories_.size() > 1) {
    const std::string& title = story_.title.get(language_, story_.default_language);
    const ImVec2 size = fonts_.bold->CalcTextSizeA(px, FLT_MAX, 0, title.c_str());
    ImGui::SetNextWindowPos({px * 0.8f, 0});
    ImGui::SetNextWindowSize({size.x, px * 1.8f});
    ImGui::Begin("##title", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::SetCursorPos({0, 0});
    if (ImGui::InvisibleButton("story-picker", {size.x, px * 1.8f})) ui_.picker = !ui_.picker;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.text("story.pick").c_str());
    ImGui::End();
  }
  // The problems badge opens the list of warnings.
  badge_hovered_ = false;
  if (ui_.chrome && badge_.w > 0) {
    ImGui::SetNextWindowPos({badge_.x, badge_.y});
    ImGui::SetNextWindowSize({badge_.w, badge_.h});
    ImGui::Begin("##problems-badge", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                                  ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::SetCursorPos({0, 0});
    if (ImGui::InvisibleButton("problems", {badge_.w, badge_.h})) ui_.problems = !ui_.problems;
    badge_hovered_ = ImGui::IsItemHovered();
    if (badge_hovered_) ImGui::SetTooltip("%s", text.text("problems.badge").c_str());
    ImGui::End();
  }
  if (ui_.problems) ui_.problems = draw_problems(text, warning_lines(), ui_.problems_scroll, px);
  ui_.problems_scroll = {};
  if (ui_.help) ui_.help = draw_help(text, px);
  if (ui_.settings) {
    ReaderSettings settings{language_, story_.languages, static_cast<int>(ui_.theme), ui_.text_scale, ui_.line_spacing,
                            ui_.reduce_motion, ui_.timeline == "top" ? 0 : ui_.timeline == "hidden" ? 2 : 1,
                            ui_.dyslexia_font};
    if (draw_settings(text_, settings, ui_.settings, px)) apply_settings(settings);
  }
  if (ui_.picker) {
    const int picked = draw_story_picker(text, stories_, language_, story_path_, ui_.picker, px);
    if (picked >= 0) {
      ui_.picker = false;
      open_story(stories_[static_cast<std::size_t>(picked)].file, {});
      return;
    }
  }
  if (search_.open) {
    if (search_.indexed_language != language_) {
      search_.index = build_search_index(story_, language_, story_.default_language);
      search_.indexed_language = language_;
    }
    const int picked = draw_search(text, search_, px);
    if (picked >= 0 && navigator_.go_to(static_cast<std::size_t>(picked))) moved();
  }
}

void ReaderApp::set_theme(ThemeKind kind) {
  ui_.theme = kind;
  theme_ = make_theme(kind, story_.theme);
  apply_imgui_style(theme_, kind);
}

void ReaderApp::apply_settings(const ReaderSettings& settings) {
  language_ = settings.language;
  if (static_cast<int>(ui_.theme) != settings.theme) set_theme(static_cast<ThemeKind>(settings.theme));
  ui_.text_scale = settings.text_scale;
  ui_.line_spacing = settings.line_spacing;
  ui_.reduce_motion = settings.reduce_motion;
  ui_.dyslexia_font = settings.dyslexia_font;
  ui_.timeline = settings.timeline == 0 ? "top" : settings.timeline == 2 ? "hidden" : "bottom";
  save_reading_state();
}

// Esc closes the overlay on top; returns false when none was open.
bool ReaderApp::close_top_overlay() {
  if (search_.open) return !(search_.open = false);
  if (glossary_.close()) return true;
  if (ui_.problems) return !(ui_.problems = false);
  if (ui_.settings) return !(ui_.settings = false);
  if (ui_.overview) return !(ui_.overview = false);
  if (ui_.picker) return !(ui_.picker = false);
  if (ui_.help) return !(ui_.help = false);
  return false;
}

// The story's problems, each with the line it points at and a caret under the column, as an
// author knows from compilers. Only the first few get their line quoted; all are listed.
void ReaderApp::draw_diagnostics(ImDrawList& draw, const platform::FrameInfo& info, const std::string& title) {
  const float px = fonts_.text_px;
  const ScreenText screen = draw_screen_title(draw, info, title, theme_.error_ink);
  const float margin = screen.margin, wrap = screen.wrap;
  float y = screen.y;
  int quoted = 0;
  for (const Diagnostic& d : diagnostics_) {
    if (y > info.window_height) break;
    const std::string message = format_diagnostic(d);
    const ImU32 colour = d.severity == Severity::error ? theme_.error_ink : theme_.muted;
    y += draw_text_block(draw, fonts_.ui, px, {margin, y}, wrap, colour, message, 1) + px * 0.2f;
    // A line holding NUL bytes (a file saved as UTF-16) would show as a few stray characters.
    const auto quotable = [&](int number) {
      return number > 0 && static_cast<std::size_t>(number) <= source_lines_.size() &&
             source_lines_[static_cast<std::size_t>(number - 1)].find('\0') == std::string::npos;
    };
    if (quotable(d.line) && quoted++ < 5) {
      const std::string& line = source_lines_[static_cast<std::size_t>(d.line - 1)];
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
