// [SECTION] Loading
// [SECTION] Input
// [SECTION] Time and saving
// (The overlays' rules, modal, each with its own keys, live in reader_session_overlays.cpp.)
#include "core/reader_session.hpp"

#include <algorithm>

#include "core/json_tree.hpp"
#include "core/paths.hpp"
#include "core/story_json.hpp"

namespace frise {

InputContext input_context(Overlay overlay) {
  switch (overlay) {
    case Overlay::none: return InputContext::reading;
    case Overlay::help: return InputContext::help;
    case Overlay::settings: return InputContext::settings;
    case Overlay::overview: return InputContext::overview;
    case Overlay::search: return InputContext::search;
    case Overlay::picker: return InputContext::picker;
    case Overlay::problems: return InputContext::problems;
    case Overlay::glossary_list: return InputContext::glossary_list;
    case Overlay::editor: return InputContext::editor;
  }
  return InputContext::reading;
}

const char* to_string(Overlay overlay) {
  switch (overlay) {
    case Overlay::none: return "none";
    case Overlay::help: return "help";
    case Overlay::settings: return "settings";
    case Overlay::overview: return "overview";
    case Overlay::search: return "search";
    case Overlay::picker: return "picker";
    case Overlay::problems: return "problems";
    case Overlay::glossary_list: return "glossary";
    case Overlay::editor: return "editor";
  }
  return "none";
}

ReaderSession::ReaderSession(SessionOptions options, std::string_view saved_state_json)
    : options_(std::move(options)), saved_(ReadingState::from_json(saved_state_json).state) {
  // The saved settings, then what the command line or the URL says.
  settings_ = apply(saved_.preferences, options_.overrides);
  autoplay_ = options_.autoplay;
  picker_pending_ = options_.open_picker;
  open_story(options_.story_path, options_.start_panel);
  // The picker lists the folder's stories, else those of the story's list, when it has one.
  if (!options_.stories.empty()) stories_ = options_.stories;
  else if (!options_.story_list.empty()) emit(SessionEffect::Kind::read_index, options_.story_list);
}

void ReaderSession::emit(SessionEffect::Kind kind, std::string text, bool fresh) {
  // Several moves before the effects are taken (two keys in one frame) ease once, to the last.
  const auto pending = [kind](const SessionEffect& effect) { return effect.kind == kind; };
  if (kind == SessionEffect::Kind::panel_changed && std::any_of(effects_.begin(), effects_.end(), pending)) return;
  effects_.push_back({kind, std::move(text), fresh, Action::close, {}, 0});
}

void ReaderSession::emit_view_action(Action action) {
  effects_.push_back({SessionEffect::Kind::view_action, {}, false, action, {}, 0});
}

std::vector<SessionEffect> ReaderSession::take_effects() { return std::exchange(effects_, {}); }

std::string ReaderSession::interface_language() const {
  if (state_ == LoadState::ready) return language_;
  if (state_ == LoadState::failed && !failed_languages_.empty()) {
    const bool asked = std::find(failed_languages_.begin(), failed_languages_.end(), settings_.language) !=
                       failed_languages_.end();
    return asked ? settings_.language : failed_languages_.front();
  }
  if (!settings_.language.empty()) return settings_.language;
  return options_.system_language;
}

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

void ReaderSession::open_story(const std::string& path, const std::string& start_panel) {
  story_path_ = path;
  start_panel_ = start_panel;
  state_ = LoadState::loading;
  story_ = {};
  diagnostics_.clear();
  source_lines_.clear();
  navigator_ = Navigator();
  reloading_ = false;
  search_query_.clear();
  search_hits_.clear();
  search_indexed_language_.clear();
  if (overlay_ != Overlay::none) close_overlay();
  emit(SessionEffect::Kind::story_opened, path);
  emit(SessionEffect::Kind::read_story, path);
}

void ReaderSession::reload() {
  if (state_ == LoadState::loading || reloading_) return;
  reloading_ = true;
  if (state_ == LoadState::ready) {
    reload_panel_ = story_.panels[navigator_.current()].id;
    reload_index_ = navigator_.current();
  }  // else: the story is broken; the panel shown before it broke is still the one to return to
  emit(SessionEffect::Kind::read_story, story_path_, true);
}

void ReaderSession::story_file(const std::string& path, bool ok, std::string_view bytes, const std::string& error) {
  if (path != story_path_) return;  // a story replaced meanwhile is dropped
  const bool reload = std::exchange(reloading_, false);
  diagnostics_.clear();
  source_lines_.clear();
  failed_languages_.clear();
  if (!ok) {
    diagnostics_.push_back({Severity::error, story_path_, 0, 0, "", error});
    state_ = LoadState::failed;
    emit(SessionEffect::Kind::story_failed, {}, reload);
    return;
  }
  const std::string text(bytes);
  StoryLoadOptions load;  // no file checks: the browser cannot
  load.threads = options_.threads;
  StoryLoadResult loaded = parse_story(text, story_path_, load);
  diagnostics_ = std::move(loaded.diagnostics);
  if (has_errors(diagnostics_)) {
    // Keep the lines the errors point at, to show them as a compiler would.
    std::size_t start = 0;
    while (start <= text.size() && source_lines_.size() < 100000) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      source_lines_.push_back(text.substr(start, std::min<std::size_t>(end - start, 400)));
      start = end + 1;
    }
    // A story whose JSON can be read says its language even when its contents are wrong; one
    // whose JSON is broken says nothing (read again only here, for a story that failed).
    const std::size_t json_start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // after a byte-order mark
    if (text.size() <= load.limits.max_file_bytes && JsonTree::parse(text, json_start).ok()) {
      failed_languages_.push_back(loaded.story.default_language);
      for (const std::string& language : loaded.story.languages)
        if (language != loaded.story.default_language) failed_languages_.push_back(language);
    }
    state_ = LoadState::failed;
    emit(SessionEffect::Kind::story_failed, {}, reload);
    return;
  }
  story_ = std::move(loaded.story);
  navigator_ = Navigator(story_.panels.size());
  // The language asked for (or kept through a reload) when the story has it, else the story's own.
  const std::string& wanted = reload && !language_.empty() ? language_ : settings_.language;
  const bool known = std::find(story_.languages.begin(), story_.languages.end(), wanted) != story_.languages.end();
  language_ = known ? wanted : story_.default_language;
  settings_.language = language_;  // the settings show (and save) the language being read
  if (reload) {
    // The panel that was on screen, found by its id; if the author renamed or removed it, the
    // same place in the story.
    const int same = story_.find_panel(reload_panel_);
    navigator_.go_to(same >= 0 ? static_cast<std::size_t>(same) : std::min(reload_index_, story_.panels.size() - 1));
    if (overlay_ == Overlay::overview || overlay_ == Overlay::search) close_overlay();  // laid out for the old panels
    search_indexed_language_.clear();
    show_notice("story.reloaded", {}, {}, 2.5);
  } else {
    // A link's panel wins; else the panel where the reader stopped last time; else the first.
    navigator_.go_to(starting_panel(story_, saved_, start_panel_));
  }
  state_ = LoadState::ready;
  emit(SessionEffect::Kind::story_shown, {}, reload);
  emit(SessionEffect::Kind::settings_changed);  // the story's language, and its theme's tint
  if (std::exchange(picker_pending_, false)) open_overlay(Overlay::picker);  // `frise DIR`: pick one
}

void ReaderSession::open_dropped(const std::string& path) {
  if (path == story_path_) return reload();  // the same file again: read what it says now
  picker_pending_ = false;
  open_story(path, {});
}

void ReaderSession::window_placed(const WindowPlace& place) {
  if (place.width < WindowPlace::min_size || place.height < WindowPlace::min_size ||
      place.width > WindowPlace::max_size || place.height > WindowPlace::max_size || saved_.window == place)
    return;
  saved_.window = place;
  if (options_.remember && !save_due_) save_due_ = now_ + save_delay_seconds;
}

void ReaderSession::show_notice(const char* key, std::string name, std::string value, double seconds) {
  notice_key_ = key;
  notice_value_ = {std::move(name), std::move(value)};
  notice_until_ = now_ + seconds;
}

void ReaderSession::replace_story(const Story& story) {
  if (state_ != LoadState::ready || story.panels.empty()) return;
  const std::string shown = story_.panels[navigator_.current()].id;
  const std::size_t index = navigator_.current();
  story_ = story;
  navigator_ = Navigator(story_.panels.size());
  const int same = story_.find_panel(shown);
  navigator_.go_to(same >= 0 ? static_cast<std::size_t>(same) : std::min(index, story_.panels.size() - 1));
  if (std::find(story_.languages.begin(), story_.languages.end(), language_) == story_.languages.end())
    language_ = story_.default_language;
  search_indexed_language_.clear();
  emit(SessionEffect::Kind::story_edited);
  if (navigator_.current() != index) emit(SessionEffect::Kind::panel_changed);
}

void ReaderSession::index_file(const std::string& path, bool ok, std::string_view bytes) {
  if (!ok) return;  // a story opened on its own has no picker
  StoryIndex index = parse_story_index(std::string(bytes), path);
  for (StoryEntry& entry : index.stories) entry.file = resolve_relative(path, entry.file);
  stories_ = std::move(index.stories);
}

//-----------------------------------------------------------------------------
// [SECTION] Input
//-----------------------------------------------------------------------------

bool ReaderSession::input(const InputEvent& event) {
  if (const KeyInput* pressed = std::get_if<KeyInput>(&event)) return key(*pressed);
  return pointer(std::get<PointerInput>(event));
}

bool ReaderSession::pointer(const PointerInput& input) {
  if (state_ != LoadState::ready) return false;
  if (input.kind != PointerInput::Kind::move && input.kind != PointerInput::Kind::release) autoplay_ = false;
  const std::optional<PointerCommand> command =
      pointer_map_.map(input, pointer_screen_, input_context(overlay_), zoom_.zoomed());
  if (!command) return false;
  using Kind = PointerCommand::Kind;
  switch (command->kind) {
    case Kind::next: perform(Action::next); break;
    case Kind::previous: perform(Action::previous); break;
    case Kind::toggle_chrome: toggle_chrome(); break;
    case Kind::close_overlay: close_overlay(); break;
    case Kind::tap_spot: effects_.push_back({SessionEffect::Kind::tap_spot, {}, false, Action::close, command->at, 0}); break;
    case Kind::go_to: go_to(command->panel); break;
    case Kind::strip_zoom:
      effects_.push_back({SessionEffect::Kind::strip_zoom, {}, false, Action::close, command->at, command->factor});
      break;
    case Kind::strip_pan:
      effects_.push_back({SessionEffect::Kind::strip_pan, {}, false, Action::close, command->at, command->delta.x});
      break;
    case Kind::choose_thumbnail:
      highlight_thumbnail(command->panel);
      perform(Action::choose);
      break;
    case Kind::overview_scroll:
      effects_.push_back({SessionEffect::Kind::overview_scroll, {}, false, Action::close, command->delta, command->factor});
      break;
    case Kind::zoom:
      if (zoom_.zoom_at(pointer_screen_.viewport, command->factor, command->at))
        emit(SessionEffect::Kind::zoom_changed, std::to_string(zoom_.scale));
      break;
    case Kind::pan: zoom_.pan(pointer_screen_.viewport, command->delta); break;
  }
  return true;
}

bool ReaderSession::key(const KeyInput& input) {
  const std::optional<Action> action = action_for(input_context(overlay_), input, stacked_);
  // Any key pauses autoplay, except the one that starts it.
  if (action != Action::toggle_autoplay) autoplay_ = false;
  if (!action) return false;
  perform(*action);
  return true;
}

void ReaderSession::perform(Action action) {
  if (state_ != LoadState::ready) {
    if (action == Action::reload) reload();  // a broken story is fixed, then read again
    return;
  }
  if (overlay_ != Overlay::none) return overlay_action(action);
  Settings next = settings_;
  switch (action) {
    case Action::next:
      if (navigator_.next()) moved();
      break;
    case Action::previous:
      if (navigator_.previous()) moved();
      break;
    case Action::first:
      if (navigator_.first()) moved();
      break;
    case Action::last:
      if (navigator_.last()) moved();
      break;
    case Action::toggle_overview: open_overlay(Overlay::overview); break;
    case Action::open_search: open_overlay(Overlay::search); break;
    case Action::toggle_settings: open_overlay(Overlay::settings); break;
    case Action::toggle_help: open_overlay(Overlay::help); break;
    case Action::toggle_editor: open_overlay(Overlay::editor); break;
    case Action::toggle_problems: open_overlay(Overlay::problems); break;
    case Action::toggle_autoplay:
      autoplay_ = !autoplay_;
      autoplay_due_ = 0;
      break;
    case Action::next_language:
      if (activate(next, SettingsControl::language, story_.languages)) change_settings(next);
      break;
    case Action::next_theme:
      if (activate(next, SettingsControl::theme, story_.languages)) change_settings(next);
      break;
    case Action::text_larger:
    case Action::text_smaller:
      if (step(next, SettingsControl::text_size, action == Action::text_larger ? 1 : -1, story_.languages))
        change_settings(next);
      break;
    case Action::reload: reload(); break;
    case Action::save_screenshot:
    case Action::toggle_fullscreen:
    case Action::next_glossary_spot:
    case Action::open_focused_spot:
    case Action::close: {
      emit_view_action(action);
      break;
    }
    default: break;  // the overlays' own actions mean nothing while reading
  }
}

bool ReaderSession::go_to(std::size_t index) {
  if (state_ != LoadState::ready || !navigator_.go_to(index)) return false;
  moved();
  return true;
}

bool ReaderSession::go_to_panel(const std::string& id) {
  const int index = story_.find_panel(id);
  return index >= 0 && go_to(static_cast<std::size_t>(index));
}

void ReaderSession::moved() {
  autoplay_due_ = 0;  // the new panel gets its whole time
  zoom_ = {};         // the new panel is shown whole
  emit(SessionEffect::Kind::panel_changed);
  remember();
}

void ReaderSession::change_settings(const Settings& settings) {
  Settings next = settings;
  next.text_size = text_size_range.clamp(next.text_size);
  next.line_spacing = line_spacing_range.clamp(next.line_spacing);
  if (state_ == LoadState::ready &&
      std::find(story_.languages.begin(), story_.languages.end(), next.language) == story_.languages.end())
    next.language = language_;
  if (next == settings_) return;
  settings_ = std::move(next);
  if (state_ == LoadState::ready) language_ = settings_.language;
  emit(SessionEffect::Kind::settings_changed);
  remember();
}

bool ReaderSession::open_link(const std::string& url) {
  if (state_ != LoadState::ready || url.empty()) return false;
  const Panel& panel = story_.panels[navigator_.current()];
  const bool media = panel.media && panel.media->url == url;
  const bool listed = std::any_of(panel.links.begin(), panel.links.end(), [&](const auto& link) { return link.url == url; });
  if (!media && !listed) return false;
  emit(SessionEffect::Kind::open_link, url);
  return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Time and saving
//-----------------------------------------------------------------------------

double ReaderSession::panel_seconds(const Panel& panel) const {
  if (panel.duration) return *panel.duration;
  std::size_t characters = panel.headline.get(language_, story_.default_language).size() +
                           panel.caption.get(language_, story_.default_language).size();
  for (const Balloon& balloon : panel.balloons) characters += balloon.text.get(language_, story_.default_language).size();
  return std::clamp(3.0 + static_cast<double>(characters) * 0.05, 4.0, 20.0);
}

void ReaderSession::remember() {
  if (state_ != LoadState::ready || !options_.remember) return;
  saved_.remember(story_.id.empty() ? story_path_ : story_.id, story_.panels[navigator_.current()].id);
  saved_.preferences = settings_;
  if (!save_due_) save_due_ = now_ + save_delay_seconds;
}

void ReaderSession::flush_saves() {
  if (std::optional<std::string> text = take_pending_save()) emit(SessionEffect::Kind::save_state, std::move(*text));
}

std::optional<std::string> ReaderSession::take_pending_save() {
  if (!save_due_) return std::nullopt;
  save_due_.reset();
  return to_json(saved_);
}

void ReaderSession::tick(double now, bool panel_shown) {
  now_ = now;
  if (save_due_ && now >= *save_due_) flush_saves();
  if (!autoplay_ || state_ != LoadState::ready || overlay_ != Overlay::none) return;
  // The clock starts once the panel is fully on screen.
  if (autoplay_due_ == 0) {
    if (panel_shown) autoplay_due_ = now + panel_seconds(story_.panels[navigator_.current()]);
    return;
  }
  if (now < autoplay_due_) return;
  if (navigator_.next()) moved();
  else autoplay_ = false;  // the end of the story
}

}  // namespace frise
