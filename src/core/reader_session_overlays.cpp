// The reader's session: its overlays, modal (each has the keyboard while it is open, with its
// own keys), opened and closed, and what their keys do (reader_session.cpp holds the rest).
#include <algorithm>

#include "core/reader_session.hpp"

namespace frise {

void ReaderSession::open_overlay(Overlay overlay) {
  if (overlay == overlay_) return;
  if (overlay == Overlay::picker && stories_.size() < 2) return;
  overlay_ = overlay;
  switch (overlay) {
    case Overlay::overview: overview_highlight_ = navigator_.current(); break;
    case Overlay::settings: settings_focus_ = SettingsControl::language; break;
    case Overlay::search: search_selection_ = 0; break;
    case Overlay::picker: {
      const auto it = std::find_if(stories_.begin(), stories_.end(),
                                   [&](const StoryEntry& entry) { return entry.file == story_path_; });
      picker_highlight_ = it == stories_.end() ? 0 : static_cast<std::size_t>(it - stories_.begin());
      break;
    }
    default: break;
  }
  emit(SessionEffect::Kind::overlay_changed, to_string(overlay));
}

void ReaderSession::close_overlay() {
  if (overlay_ == Overlay::none) return;
  overlay_ = Overlay::none;
  emit(SessionEffect::Kind::overlay_changed, to_string(overlay_));
}

void ReaderSession::toggle_overlay(Overlay overlay) {
  if (overlay_ == overlay) close_overlay();
  else open_overlay(overlay);
}

void ReaderSession::move_highlight(std::size_t& highlight, std::size_t count, long delta) {
  if (count == 0) return;
  const long last = static_cast<long>(count) - 1;
  highlight = static_cast<std::size_t>(std::clamp(static_cast<long>(highlight) + delta, 0L, last));
}

void ReaderSession::set_overview_grid(std::size_t columns, std::size_t rows_in_view) {
  overview_columns_ = std::max<std::size_t>(1, columns);
  overview_rows_ = std::max<std::size_t>(1, rows_in_view);
}

void ReaderSession::highlight_thumbnail(std::size_t index) {
  if (index < story_.panels.size()) overview_highlight_ = index;
}

void ReaderSession::set_search_query(std::string_view query) {
  if (search_indexed_language_ != language_) {
    search_index_ = build_search_index(story_, language_, story_.default_language);
    search_indexed_language_ = language_;
    search_query_.clear();  // the hits are found again below
  }
  if (query == search_query_) return;
  search_query_ = std::string(query);
  search_hits_ = search(search_index_, search_query_, 50);
  search_selection_ = 0;
}

void ReaderSession::overlay_action(Action action) {
  if (action == Action::close) return close_overlay();
  const auto columns = static_cast<long>(overview_columns_);
  const auto page = static_cast<long>(overview_columns_ * overview_rows_);
  switch (overlay_) {
    case Overlay::settings: {
      const auto index = static_cast<std::size_t>(
          std::find(std::begin(settings_controls), std::end(settings_controls), settings_focus_) -
          std::begin(settings_controls));
      Settings next = settings_;
      if (action == Action::focus_next || action == Action::focus_previous) {
        // Tab goes round the controls, as in a dialog: focus never leaves the reader.
        const std::size_t count = settings_control_count;
        settings_focus_ = settings_controls[(index + (action == Action::focus_next ? 1 : count - 1)) % count];
      } else if (action == Action::move_left || action == Action::move_right) {
        if (step(next, settings_focus_, action == Action::move_right ? 1 : -1, story_.languages)) change_settings(next);
      } else if (action == Action::choose) {
        if (activate(next, settings_focus_, story_.languages)) change_settings(next);
      }
      break;
    }
    case Overlay::overview: {
      const std::size_t count = story_.panels.size();
      if (action == Action::move_left) move_highlight(overview_highlight_, count, -1);
      if (action == Action::move_right) move_highlight(overview_highlight_, count, 1);
      if (action == Action::move_up) move_highlight(overview_highlight_, count, -columns);
      if (action == Action::move_down) move_highlight(overview_highlight_, count, columns);
      if (action == Action::page_up) move_highlight(overview_highlight_, count, -page);
      if (action == Action::page_down) move_highlight(overview_highlight_, count, page);
      if (action == Action::to_start) overview_highlight_ = 0;
      if (action == Action::to_end && count > 0) overview_highlight_ = count - 1;
      if (action == Action::choose) {
        const std::size_t chosen = overview_highlight_;
        close_overlay();
        go_to(chosen);
      }
      break;
    }
    case Overlay::search: {
      if (action == Action::move_down) move_highlight(search_selection_, search_hits_.size(), 1);
      if (action == Action::move_up) move_highlight(search_selection_, search_hits_.size(), -1);
      if (action == Action::choose && search_selection_ < search_hits_.size()) {
        const auto chosen = static_cast<std::size_t>(search_hits_[search_selection_].panel);
        close_overlay();
        go_to(chosen);
      }
      break;
    }
    case Overlay::picker: {
      if (action == Action::move_down) move_highlight(picker_highlight_, stories_.size(), 1);
      if (action == Action::move_up) move_highlight(picker_highlight_, stories_.size(), -1);
      if (action == Action::choose && picker_highlight_ < stories_.size()) {
        const std::string file = stories_[picker_highlight_].file;
        close_overlay();
        if (file != story_path_) open_story(file, {});
      }
      break;
    }
    case Overlay::editor:
      // Pages turn with Page Up and Page Down (the arrows move in the fields); the rest is the view's.
      if (action == Action::next || action == Action::previous) {
        if (action == Action::next ? navigator_.next() : navigator_.previous()) moved();
      } else {
        emit_view_action(action);
      }
      break;
    case Overlay::help:
    case Overlay::problems:
    case Overlay::glossary_list: {
      // The list scrolls in the view, which knows its height.
      emit_view_action(action);
      break;
    }
    case Overlay::none: break;
  }
}

}  // namespace frise
