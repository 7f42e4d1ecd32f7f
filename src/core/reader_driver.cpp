#include "core/reader_driver.hpp"

#include <nlohmann/json.hpp>

namespace frise {

SessionOptions with_host(SessionOptions options, Host& host) {
  options.system_language = host.system_language();
  options.threads = host.threads_for_reading();
  return options;
}

ReaderDriver::ReaderDriver(ReaderSession& session, Host& host) : session_(session), host_(host) {
  // The browser gives no later chance than this: frames stop once the page is hidden.
  host_.on_page_hidden([this] { flush(); });
}

void ReaderDriver::begin_frame() {
  host_.poll_files();
  for (const HostCommand& command : host_.take_commands()) {
    if (command.name == "goto") session_.go_to_panel(command.argument);
    else if (command.name == "next") session_.perform(Action::next);
    else if (command.name == "prev") session_.perform(Action::previous);
  }
}

void ReaderDriver::read_story(const std::string& path, bool fresh) {
  host_.read_file(path, fresh, [this, path](FileRead&& file) {
    if (path == session_.story_path() && file.ok()) story_text = file.bytes;  // for the editor
    session_.story_file(path, file.ok(), file.bytes, file.error);
  });
}

std::vector<SessionEffect> ReaderDriver::carry_out(std::vector<SessionEffect> effects) {
  using Kind = SessionEffect::Kind;
  std::vector<SessionEffect> for_view;
  for (SessionEffect& effect : effects) {
    switch (effect.kind) {
      case Kind::read_story: read_story(effect.text, effect.fresh); break;
      case Kind::read_index:
        host_.read_file(effect.text, false, [this, path = effect.text](FileRead&& file) {
          session_.index_file(path, file.ok(), file.bytes);
        });
        continue;
      case Kind::save_state: host_.save_state(effect.text); continue;
      case Kind::open_link:
        host_.open_link(effect.text);
        // replace, here and in every event for the host: a text that is not UTF-8 must not make
        // dump() throw (the web build cannot catch; it also has JSON_NOEXCEPTION: abort()).
        host_.notify("link", nlohmann::json{{"url", effect.text}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        continue;
      case Kind::zoom_changed: host_.notify("zoom", "{\"zoom\":" + effect.text + "}"); continue;
      case Kind::overlay_changed:
        // The page keeps Tab in the comic while an overlay has the keyboard.
        host_.notify("overlay", nlohmann::json{{"overlay", effect.text}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        break;
      default: break;
    }
    for_view.push_back(std::move(effect));
  }
  return for_view;
}

void ReaderDriver::flush() {
  if (const std::optional<std::string> text = session_.take_pending_save()) host_.save_state(*text);
}

}  // namespace frise
