// [SECTION] Effects
// [SECTION] Frame
// [SECTION] Drawing
// (The input stream, the host's commands and the controls' picks go to the session in
// reader_input.cpp, watching the story's file in
// reader_reload.cpp, events for the host in reader_events.cpp, exports, F12 and the window in
// reader_export.cpp, the story's warnings and the screen of a story that cannot open in
// reader_warnings.cpp, the editor in reader_editor.cpp, the fonts in reader_fonts.cpp; the
// reading state and its rules in core/reader_session.cpp.)
#include "view/reader_app.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "core/layout.hpp"
#include "core/utf8.hpp"
#include "view/text_block.hpp"

namespace frise::view {

ReaderApp::ReaderApp(Host& host, SessionOptions options, ExportRequest export_request)
    : host_(host), session_(with_host(std::move(options), host), host.load_state()), driver_(session_, host) {
  export_.request = std::move(export_request);
  theme_ = make_theme(session_.settings().theme, {});
  carry_out(session_.take_effects());
  // Asked for with the story (the page has fetched both already): the first atlas waits for no frame.
  fonts_.fetch_missing(host_, session_.settings().dyslexia_font ? StoryFont::dyslexia : StoryFont::comic);
}

void ReaderApp::will_quit() {
  write_recovery();  // unsaved edits are found again next time
  driver_.flush();   // a page turned just now is still remembered
  if (export_.request.kind != ExportRequest::Kind::none && !export_.finished) export_interrupted();
}

//-----------------------------------------------------------------------------
// [SECTION] Effects
//-----------------------------------------------------------------------------

void ReaderApp::carry_out(std::vector<SessionEffect> effects) {
  using Kind = SessionEffect::Kind;
  // The host's part first (files, saves, links, the page's events); the rest is the view's.
  for (SessionEffect& effect : driver_.carry_out(std::move(effects))) {
    switch (effect.kind) {
      case Kind::read_story:
        if (effect.fresh) story_version_ = host_.file_version(effect.text);  // a reload: this version is read
        break;
      case Kind::read_index:
      case Kind::save_state:
      case Kind::open_link:
      case Kind::zoom_changed: break;  // the driver's
      case Kind::story_opened:
        write_recovery();  // edits to the story being left are not lost
        editor_.reset();
        images_ = std::make_unique<ImageStore>(host_, effect.text);
        images_->set_language(language());
        art_versions_.clear();
        known_image_failures_ = 0;
        announced_index_ = SIZE_MAX;
        font_characters_stale_ = warning_lines_stale_ = true;
        search_ = {};
        scenes_.clear();
        story_version_ = host_.file_version(effect.text);  // before reading: a save meanwhile reloads
        break;
      case Kind::story_shown: on_story_shown(effect.fresh); break;
      case Kind::story_failed:
        for (const Diagnostic& d : session_.diagnostics()) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        font_characters_stale_ = warning_lines_stale_ = true;
        if (effect.fresh) announced_ready_ = false;  // the host hears "error" for the new version
        break;
      case Kind::panel_changed: on_panel_changed(); break;
      case Kind::story_edited:
        scenes_.clear();
        strip_.reset(story());
        strip_.follow(current());
        font_characters_stale_ = warning_lines_stale_ = true;
        if (announced_ready_) announced_index_ = SIZE_MAX;  // the host hears the panel's new words
        images_->request_around(story(), current());
        break;
      case Kind::settings_changed:
        apply_theme();
        scenes_.clear();  // the language, the spacing or the speakers' colours may differ
        // The host hears the panel again: its words may be in another language now, its
        // balloons elsewhere (the page's text mirror and skip link follow).
        if (announced_ready_) announced_index_ = SIZE_MAX;
        // Art drawn with words in it has a file per language: the new language's are asked for.
        if (images_ && images_->language() != language()) {
          images_->set_language(language());
          if (session_.state() == LoadState::ready) images_->request_around(story(), current());
        }
        break;
      case Kind::overlay_changed: {
        const Overlay overlay = session_.overlay();
        if (overlay != Overlay::editor) arranging_ = false;  // the editor's overview closes with it
        if (overlay == Overlay::overview)
          overview_.open(current(), viewport_, fonts_.text_px, story().panels.size(), now_, reduced_motion());
        if (overlay == Overlay::search) search_.focus = true;
        glossary_.set_list_open(overlay == Overlay::glossary_list);
        // Beside the editor the panel is laid out narrower: the host hears where it is now.
        if (announced_ready_) announced_index_ = SIZE_MAX;
        break;
      }
      case Kind::view_action: on_view_action(effect.action); break;
      case Kind::strip_zoom: strip_.zoom_at(effect.at.x, static_cast<double>(effect.amount)); break;
      case Kind::strip_pan: strip_.pan_by(effect.amount); break;
      case Kind::overview_scroll: overview_.scroll_by(effect.amount, effect.at.y); break;
      case Kind::tap_spot:
        glossary_.tap(effect.at, story(), current());
        session_.open_link(glossary_.take_link());  // a link tapped: the session checks it is the panel's
        break;
    }
  }
}

void ReaderApp::on_story_shown(bool reload) {
  for (const Diagnostic& d : session_.diagnostics()) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
  font_characters_stale_ = warning_lines_stale_ = true;
  if (editor_ && !editor_->modified()) editor_.reset();  // opened again on the new text
  if (reload) {
    announced_ready_ = false;  // the host hears "ready" again
    announced_index_ = SIZE_MAX;
    images_ = std::make_unique<ImageStore>(host_, session_.story_path());  // the art may have changed too
    images_->set_language(language());
    known_image_failures_ = 0;
    search_ = {};
  }
  apply_theme();  // the story may tint it
  scenes_.clear();  // laid out from the old version's words
  slide_ = CameraMotion({{static_cast<float>(current()), 0}, 1});
  strip_.reset(story());
  strip_.follow(current());
  images_->request_around(story(), current());
}

bool ReaderApp::reduced_motion() const {
  return session_.settings().reduced_motion || host_.prefers_reduced_motion();
}

void ReaderApp::on_panel_changed() {
  // The camera eases to the new panel; a long jump starts from its neighbour, not across the story.
  const float target = static_cast<float>(current());
  const float from = slide_.at(now_).centre.x;
  if (std::fabs(target - from) > 1.5f) slide_.go_to({{target + (target > from ? -1.0f : 1.0f), 0}, 1}, now_, true);
  slide_.go_to({{target, 0}, 1}, now_, reduced_motion());
  images_->request_around(story(), current());
  strip_.follow(current());
  glossary_.panel_changed();
}

void ReaderApp::on_view_action(Action action) {
  switch (action) {
    case Action::toggle_fullscreen: host_.toggle_fullscreen(); break;
    case Action::save_screenshot: screenshot_pending_ = !host_.pictures_folder().empty(); break;
    case Action::next_glossary_spot:
      glossary_.focus_next();  // after the panel's last term and link: the whole list
      if (glossary_.list_open()) session_.open_overlay(Overlay::glossary_list);
      break;
    case Action::open_focused_spot:
      glossary_.activate(story(), current());
      session_.open_link(glossary_.take_link());
      break;
    case Action::close: glossary_.close(); break;  // the card of a term, when one is open
    case Action::move_down: ++list_scroll_.lines; break;
    case Action::move_up: --list_scroll_.lines; break;
    case Action::page_down: ++list_scroll_.pages; break;
    case Action::page_up: --list_scroll_.pages; break;
    case Action::to_start: list_scroll_.to = -1; break;
    case Action::to_end: list_scroll_.to = 1; break;
    case Action::undo:
      if (editor_ && editor_->undo()) ++editor_status_.generation;
      break;
    case Action::redo:
      if (editor_ && editor_->redo()) ++editor_status_.generation;
      break;
    case Action::save: save_story(); break;
    default: break;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

TextStyle ReaderApp::text_style() const {
  return {&fonts_, &theme_, language(), story().default_language, session_.settings().line_spacing,
          interface_text().text("image.unavailable"), text_.in(language()).text("story.credit")};
}

void ReaderApp::frame(const platform::FrameInfo& info) {
  window_w_ = info.window_width;
  window_h_ = info.window_height;
  now_ = info.seconds;
  scale_ = info.framebuffer_scale;
  // The files that arrived and the page's commands were taken in prepare_fonts, before the atlas.
  watch_story_file();
  apply_input(info);
  const bool ready = session_.state() == LoadState::ready;
  if (images_) images_->set_language(language());  // a language switch (L) shows that language's art
  session_.tick(now_, ready && images_->settled(story(), story().panels[current()]));
  carry_out(session_.take_effects());

  ImDrawList& draw = *ImGui::GetBackgroundDrawList();
  draw.AddRectFilled({0, 0}, {info.window_width, info.window_height}, theme_.paper);
  frame_complete_ = false;
  if (!fonts_.ready()) return;

  switch (session_.state()) {
    case LoadState::loading: {
      const ScreenText screen = draw_screen_title(draw, info, interface_text().text("loading.story"), theme_.muted);
      draw_text_block(draw, fonts_.ui, fonts_.text_px, {screen.margin, screen.y}, screen.wrap, theme_.ink,
                      session_.story_path(), 1);
      break;
    }
    case LoadState::failed: {
      draw_diagnostics(draw, info, interface_text().text("error.title"));
      frame_complete_ = true;
      announce("error");
      if (export_.request.kind != ExportRequest::Kind::none) finish_export(false);  // nothing to export
      break;
    }
    case LoadState::ready:
      if (export_.request.kind == ExportRequest::Kind::strip) {
        export_frame();
        draw_strip_column(draw, info);
        frame_complete_ = images_->settled(story(), story().panels[current()]);
        images_->end_frame();
        images_->request_ahead(story());
        break;
      }
      if (export_.request.kind == ExportRequest::Kind::panels) export_frame();
      draw_story(draw, info);
      if (session_.overlay() != Overlay::overview)
        glossary_.draw(draw, story(), language(), fonts_, theme_, interface_text(), viewport_,
                       export_.request.kind == ExportRequest::Kind::none);
      // The glossary's list closed by its own button.
      if (session_.overlay() == Overlay::glossary_list && !glossary_.list_open()) session_.close_overlay();
      draw_overlays();
      draw_editor_panel(info);
      handle_editor_pointer(*ImGui::GetForegroundDrawList());
      handle_arrange_pointer(*ImGui::GetForegroundDrawList());
      handle_marker_drag(*ImGui::GetForegroundDrawList());
      draw_notice(draw, info);
      carry_out(session_.take_effects());  // what the overlays' buttons asked for
      if (session_.state() != LoadState::ready) break;  // another story was picked
      // Complete once the camera has arrived and the panel's images are in.
      frame_complete_ = !slide_.moving(now_) && images_->settled(story(), story().panels[current()]);
      images_->end_frame();
      images_->request_ahead(story());
      if (frame_complete_) {
        if (!announced_ready_) announce("ready");
        if (announced_index_ != current()) announce("panel");
      }
      break;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

void ReaderApp::draw_bars(ImDrawList& draw, const platform::FrameInfo& info, float bar) {
  const float px = fonts_.text_px;
  const Navigator& navigator = session_.navigator();
  // Top bar: the story's title; bottom bar: position and how to move.
  const std::string& title = story().title.get(language(), story().default_language);
  draw.AddText(fonts_.bold, px, {px * 0.8f, (bar - px) / 2}, theme_.muted, title.c_str());
  char position[64];
  std::snprintf(position, sizeof position, "%zu / %zu", navigator.current() + 1, navigator.count());
  const ImVec2 position_size = fonts_.ui->CalcTextSizeA(px, FLT_MAX, 0, position);
  const float bottom_y = info.window_height - bar + (bar - px) / 2;
  draw.AddText(fonts_.ui, px, {(info.window_width - position_size.x) / 2, bottom_y}, theme_.ink, position);
  if (session_.autoplay()) {
    // A small "playing" mark beside the position.
    const float x = (info.window_width + position_size.x) / 2 + px * 0.6f, y = info.window_height - bar / 2;
    draw.AddTriangleFilled({x, y - px * 0.35f}, {x, y + px * 0.35f}, {x + px * 0.6f, y}, theme_.accent);
  }
  draw_problems_badge(draw, info, bar);
  // Arrows are drawn, not typed: the comic font has no arrow glyphs.
  const float mid_y = info.window_height - bar / 2;
  const float half = px * 0.4f;
  if (!navigator.at_start())
    draw.AddTriangleFilled({px, mid_y}, {px + 2 * half, mid_y - half}, {px + 2 * half, mid_y + half}, theme_.accent);
  if (!navigator.at_end()) {
    const float x = info.window_width - px;
    draw.AddTriangleFilled({x, mid_y}, {x - 2 * half, mid_y + half}, {x - 2 * half, mid_y - half}, theme_.accent);
  }
}

void ReaderApp::draw_story(ImDrawList& draw, const platform::FrameInfo& info) {
  // The time strip sits between the panel and the bottom bar (or under the top bar).
  const TimelinePlace timeline = session_.settings().timeline;
  // The editor takes the right of the window; the panel, as readers will see it, the rest.
  const float story_w = session_.overlay() == Overlay::editor ? info.window_width - editor_width(info.window_width)
                                                             : info.window_width;
  const ReaderScreen screen = reader_screen(story_w, info.window_height, fonts_.text_px, session_.chrome(),
                                            strip_.preferred_height(fonts_.text_px), timeline != TimelinePlace::hidden,
                                            timeline == TimelinePlace::top);
  if (session_.chrome()) draw_bars(draw, info, screen.bar);
  strip_area_ = screen.strip.h > 0 ? screen.strip : Rect{};
  if (screen.strip.h > 0) {
    strip_.draw(draw, screen.strip, current(), story(), fonts_, theme_, language());
  }
  viewport_ = screen.viewport;
  const bool stacked = strip_orientation(viewport_) == Orientation::vertical;  // narrow portrait windows
  session_.set_stacked(stacked);
  if (session_.overlay() == Overlay::overview || arranging()) {  // beside the editor too, to reorder panels
    // Beside the editor the keyboard is the editor's: the ring stays on the panel being edited.
    const std::size_t highlight = arranging() ? current() : session_.overview_highlight();
    overview_.draw(draw, viewport_, current(), highlight, story(), *images_, fonts_, theme_,
                   language(), now_);
    session_.set_overview_grid(overview_.columns(), overview_.rows_in_view());
    return;
  }
  const TextStyle style = text_style();
  // Slots along the strip, one viewport each plus a gutter; only the one or two in view are drawn.
  const float slot = (stacked ? viewport_.h : viewport_.w) * (1 + panel_gutter);
  const float position = slide_.at(now_).centre.x;
  const int first = static_cast<int>(std::floor(position)), last = static_cast<int>(std::ceil(position));
  const SceneCache::Shape shape{language(), fonts_.text_px, session_.settings().line_spacing, fonts_.generation()};
  draw.PushClipRect({viewport_.x, viewport_.y}, {viewport_.right(), viewport_.bottom()}, true);
  for (int i = std::max(0, first); i <= std::min(last, static_cast<int>(story().panels.size()) - 1); ++i) {
    const Panel& panel = story().panels[static_cast<std::size_t>(i)];
    const float shift = (static_cast<float>(i) - position) * slot;
    Rect area = viewport_;
    if (stacked) area.y += shift;
    else area.x += shift;
    const bool is_current = static_cast<std::size_t>(i) == current();
    if (is_current && session_.zoom().zoomed()) area = session_.zoom().area(area);
    const PanelScene& scene = scenes_.scene(story(), static_cast<std::size_t>(i), area, style, shape);
    const float art_device_width = scene.layout.art.w * scale_;
    if (is_current) images_->set_art_device_width(art_device_width);
    draw_panel(draw, scene, panel, images_->layer_images(story(), panel, art_device_width), style,
               is_current ? &glossary_.hotspots_to_draw() : nullptr);
    if (is_current) last_scene_ = scene;
  }
  draw.PopClipRect();
  // At rest, the panels either side are laid out ahead, one a frame: a turn then finds its panel
  // ready instead of composing it in its first frame (a crowded panel takes several ms).
  if (first == last && !session_.zoom().zoomed()) {
    for (const std::size_t next : {current() + 1, current() - 1}) {
      if (next >= story().panels.size() || scenes_.has(next, viewport_, shape)) continue;  // (0 - 1 wraps)
      scenes_.scene(story(), next, viewport_, style, shape);
      break;
    }
  }
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
  const Locale& text = interface_text();
  const float px = fonts_.text_px;
  const Overlay overlay = session_.overlay();
  // The story's title in the top bar opens the picker (when there are stories to pick from).
  if (session_.chrome() && session_.stories().size() > 1) {
    const std::string& title = story().title.get(language(), story().default_language);
    const ImVec2 size = fonts_.bold->CalcTextSizeA(px, FLT_MAX, 0, title.c_str());
    ImGui::SetNextWindowPos({px * 0.8f, 0});
    ImGui::SetNextWindowSize({size.x, px * 1.8f});
    ImGui::Begin("##title", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::SetCursorPos({0, 0});
    if (ImGui::InvisibleButton("story-picker", {size.x, px * 1.8f})) session_.toggle_overlay(Overlay::picker);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.text("story.pick").c_str());
    ImGui::End();
  }
  // The problems badge opens the list of warnings.
  badge_hovered_ = false;
  if (session_.chrome() && badge_.w > 0) {
    ImGui::SetNextWindowPos({badge_.x, badge_.y});
    ImGui::SetNextWindowSize({badge_.w, badge_.h});
    ImGui::Begin("##problems-badge", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                                  ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::SetCursorPos({0, 0});
    if (ImGui::InvisibleButton("problems", {badge_.w, badge_.h})) session_.toggle_overlay(Overlay::problems);
    badge_hovered_ = ImGui::IsItemHovered();
    if (badge_hovered_) ImGui::SetTooltip("%s", text.text("problems.badge").c_str());
    ImGui::End();
  }
  const ListScroll scroll = std::exchange(list_scroll_, {});
  glossary_.list_scroll = scroll;  // drawn with the glossary, before the overlays
  bool open = true;
  switch (overlay) {
    case Overlay::problems: open = draw_problems(text, warning_lines(), scroll, px); break;
    case Overlay::help: open = draw_help(text, scroll, px, !host_.pictures_folder().empty()); break;
    case Overlay::settings: {
      Settings settings = session_.settings();
      SettingsControl clicked = session_.settings_focus();
      const bool changed = draw_settings(text_, settings, story().languages, session_.settings_focus(), clicked, open, px);
      session_.focus_setting(clicked);
      if (changed) session_.change_settings(settings);
      break;
    }
    case Overlay::picker: {
      const int picked = draw_story_picker(text, session_.stories(), language(), session_.story_path(),
                                           session_.picker_highlight(), open, px);
      if (picked >= 0) picks_.push_back({Pick::What::story, static_cast<std::size_t>(picked), Overlay::picker});
      break;
    }
    case Overlay::search: {
      session_.set_search_query(search_.query);
      const int picked = draw_search(text, search_, session_.search_hits(), session_.search_selection(), open, px);
      if (picked >= 0) picks_.push_back({Pick::What::search_hit, static_cast<std::size_t>(picked), Overlay::search});
      break;
    }
    default: break;
  }
  if (!open) session_.close_overlay();
}

void ReaderApp::apply_theme() {
  theme_ = make_theme(session_.settings().theme, story().theme);
  apply_imgui_style(theme_, session_.settings().theme);
}

// What the window tells the reader about its place (natively), and where it was last time.
void ReaderApp::window_placed(const platform::WindowPlacement& placement) {
  if (export_.request.kind != ExportRequest::Kind::none) return;
  session_.window_placed({placement.x, placement.y, placement.width, placement.height});
}

std::optional<platform::WindowPlacement> ReaderApp::saved_window() const {
  const std::optional<WindowPlace>& window = session_.saved().window;
  if (!window) return std::nullopt;
  return platform::WindowPlacement{window->x, window->y, window->width, window->height};
}

}  // namespace frise::view
