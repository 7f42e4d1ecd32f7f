// panels/story.schema.json must describe the same members the reader accepts, so that an editor
// completing from the schema and `frise validate` agree.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <span>

#include "core/story_keys.hpp"

namespace {

const nlohmann::json& schema() {
  static const nlohmann::json value = [] {
    std::ifstream in(FRISE_SOURCE_DIR "/panels/story.schema.json");
    return nlohmann::json::parse(in);
  }();
  return value;
}

std::set<std::string> schema_keys(const nlohmann::json& object) {
  std::set<std::string> out;
  for (const auto& [key, value] : object.at("properties").items()) out.insert(key);
  return out;
}

std::set<std::string> reader_keys(std::span<const std::string_view> keys) { return {keys.begin(), keys.end()}; }

}  // namespace

TEST_CASE("the JSON Schema and the reader know the same members") {
  const auto& s = schema();
  const auto& defs = s.at("$defs");
  const auto& props = s.at("properties");
  CHECK(schema_keys(s) == reader_keys(frise::keys::story));
  CHECK(schema_keys(props.at("credits").at("items")) == reader_keys(frise::keys::credit));
  CHECK(schema_keys(props.at("sources").at("items")) == reader_keys(frise::keys::source));
  CHECK(schema_keys(props.at("theme")) == reader_keys(frise::keys::theme));
  CHECK(schema_keys(props.at("characters").at("items")) == reader_keys(frise::keys::character));
  CHECK(schema_keys(props.at("chapters").at("items")) == reader_keys(frise::keys::chapter));
  CHECK(schema_keys(props.at("sprites").at("items")) == reader_keys(frise::keys::sprite));
  CHECK(schema_keys(defs.at("image")) == reader_keys(frise::keys::image));
  CHECK(schema_keys(defs.at("panel")) == reader_keys(frise::keys::panel));
  CHECK(schema_keys(defs.at("balloon")) == reader_keys(frise::keys::balloon));
  CHECK(schema_keys(defs.at("balloon").at("properties").at("tail")) == reader_keys(frise::keys::point));
  CHECK(schema_keys(defs.at("art").at("oneOf").at(1)) == reader_keys(frise::keys::art));
  CHECK(schema_keys(defs.at("layer")) == reader_keys(frise::keys::layer));
  CHECK(schema_keys(defs.at("region")) == reader_keys(frise::keys::region));
  CHECK(schema_keys(defs.at("region").at("properties").at("mouth")) == reader_keys(frise::keys::point));
  // A quote takes every media key (a card all but "text").
  CHECK(schema_keys(defs.at("media").at("oneOf").at(1)) == reader_keys(frise::keys::media));
}
