// Writing a story back as Frise JSON, in the order docs/story-format.md presents the keys.
#include <nlohmann/json.hpp>

#include "core/story_json.hpp"

namespace frise {
namespace {

using Json = nlohmann::ordered_json;

Json text(const LocalizedText& t) {
  Json out = Json::object();
  for (const auto& [language, value] : t.by_language) out[language] = value;
  return out;
}

void put_text(Json& object, const char* key, const LocalizedText& t) {
  if (!t.empty()) object[key] = text(t);
}

// A text the format requires (a title, a name): written even when empty ({}), so that the story
// reads back (a TimelineJS era without a headline becomes a chapter with an empty title).
void put_required_text(Json& object, const char* key, const LocalizedText& t) { object[key] = text(t); }

void put_colour(Json& object, const char* key, const std::optional<Colour>& colour) {
  if (colour) object[key] = colour_to_string(*colour);
}

void put_date(Json& object, const char* key, const std::optional<Date>& date) {
  if (date) object[key] = date->to_string();
}

Json links_json(const std::vector<Source>& links) {
  Json out = Json::array();
  for (const Source& s : links) {
    Json link;
    put_required_text(link, "title", s.title);
    if (!s.url.empty()) link["url"] = s.url;
    out.push_back(std::move(link));
  }
  return out;
}

void put_image(Json& object, const ImageRef& image) {
  // As it was read: one file for all languages, or one per language.
  if (!image.path_by_language.empty()) object["image"] = text(image.path_by_language);
  else object["image"] = image.path;
  if (!image.path_2x_by_language.empty()) object["image_2x"] = text(image.path_2x_by_language);
  else if (!image.path_2x.empty()) object["image_2x"] = image.path_2x;
  if (image.width > 0) object["width"] = image.width;
  if (image.height > 0) object["height"] = image.height;
  put_text(object, "alt", image.alt);
}

Json panel_json(const Panel& panel) {
  Json out;
  out["id"] = panel.id;
  if (!panel.chapter.empty()) out["chapter"] = panel.chapter;
  put_date(out, "date", panel.date);
  put_date(out, "end_date", panel.end_date);
  put_text(out, "display_date", panel.display_date);
  put_text(out, "headline", panel.headline);
  put_text(out, "caption", panel.caption);
  if (!panel.balloons.empty()) {
    Json& balloons = out["balloons"] = Json::array();
    for (const Balloon& b : panel.balloons) {
      Json balloon;
      if (!b.speaker.empty()) balloon["speaker"] = b.speaker;
      balloon["kind"] = to_string(b.kind);
      balloon["text"] = text(b.text);
      if (b.placement != Placement::automatic) balloon["placement"] = to_string(b.placement);
      if (b.tail) balloon["tail"] = {{"x", b.tail->x}, {"y", b.tail->y}};
      balloons.push_back(std::move(balloon));
    }
  }
  if (panel.art.background || !panel.art.layers.empty()) {
    Json art;
    put_colour(art, "background", panel.art.background);
    Json& layers = art["layers"] = Json::array();
    for (const ArtLayer& l : panel.art.layers) {
      Json layer;
      if (!l.sprite.empty()) layer["sprite"] = l.sprite;
      else put_image(layer, l.image);
      if (l.x != 0) layer["x"] = l.x;
      if (l.y != 0) layer["y"] = l.y;
      if (l.scale != 1) layer["scale"] = l.scale;
      if (!l.regions.empty()) {
        Json& regions = layer["regions"] = Json::array();
        for (const ArtRegion& r : l.regions) {
          Json region;
          region["kind"] = to_string(r.kind);
          if (!r.who.empty()) region["who"] = r.who;
          if (!r.label.empty()) region["label"] = r.label;
          region["x"] = r.x;
          region["y"] = r.y;
          region["w"] = r.w;
          region["h"] = r.h;
          if (r.mouth) region["mouth"] = {{"x", r.mouth->x}, {"y", r.mouth->y}};
          if (r.thin) region["thin"] = true;
          regions.push_back(std::move(region));
        }
      }
      layers.push_back(std::move(layer));
    }
    out["art"] = std::move(art);
  }
  if (panel.aspect_given) out["aspect"] = panel.aspect;
  if (!panel.tags.empty()) out["tags"] = panel.tags;
  if (!panel.group.empty()) out["group"] = panel.group;
  if (panel.duration) out["duration"] = *panel.duration;
  if (!panel.links.empty()) out["links"] = links_json(panel.links);
  if (panel.media) {
    const PanelMedia& m = *panel.media;
    Json media;
    media["kind"] = m.kind == MediaKind::card ? "card" : "quote";
    if (!m.url.empty()) media["url"] = m.url;
    put_text(media, "title", m.title);
    if (m.kind == MediaKind::quote) put_required_text(media, "text", m.text);
    put_text(media, "caption", m.caption);
    put_text(media, "credit", m.credit);
    out["media"] = std::move(media);
  }
  return out;
}

}  // namespace

std::string write_story(const Story& story) {
  Json out;
  out["frise"] = 1;
  if (!story.id.empty()) out["id"] = story.id;
  out["language"] = story.default_language;
  out["languages"] = story.languages;
  put_required_text(out, "title", story.title);
  put_text(out, "subtitle", story.subtitle);
  if (!story.credits.empty()) {
    Json& credits = out["credits"] = Json::array();
    for (const Credit& c : story.credits) {
      Json credit;
      put_text(credit, "role", c.role);
      credit["name"] = c.name;
      credits.push_back(std::move(credit));
    }
  }
  if (!story.sources.empty()) out["sources"] = links_json(story.sources);
  if (story.theme.paper || story.theme.ink || story.theme.accent) {
    Json theme;
    put_colour(theme, "paper", story.theme.paper);
    put_colour(theme, "ink", story.theme.ink);
    put_colour(theme, "accent", story.theme.accent);
    out["theme"] = std::move(theme);
  }
  if (!story.characters.empty()) {
    Json& characters = out["characters"] = Json::array();
    for (const Character& c : story.characters) {
      Json character;
      character["id"] = c.id;
      put_required_text(character, "name", c.name);
      put_text(character, "role", c.role);
      put_colour(character, "colour", c.colour);
      if (c.portrait) put_image(character["portrait"], *c.portrait);
      characters.push_back(std::move(character));
    }
  }
  if (!story.chapters.empty()) {
    Json& chapters = out["chapters"] = Json::array();
    for (const Chapter& c : story.chapters) {
      Json chapter;
      chapter["id"] = c.id;
      put_required_text(chapter, "title", c.title);
      put_date(chapter, "start", c.start);
      put_date(chapter, "end", c.end);
      put_colour(chapter, "colour", c.colour);
      chapters.push_back(std::move(chapter));
    }
  }
  if (!story.sprites.empty()) {
    Json& sprites = out["sprites"] = Json::array();
    for (const Sprite& s : story.sprites) {
      Json sprite;
      sprite["id"] = s.id;
      put_image(sprite, s.image);
      sprites.push_back(std::move(sprite));
    }
  }
  Json& panels = out["panels"] = Json::array();
  for (const Panel& panel : story.panels) panels.push_back(panel_json(panel));
  if (!story.glossary.empty()) {
    Json& glossary = out["glossary"] = Json::array();
    for (const GlossaryEntry& e : story.glossary) {
      Json entry;
      entry["id"] = e.id;
      put_required_text(entry, "term", e.term);
      if (!e.aliases.empty()) {
        Json& aliases = entry["aliases"] = Json::object();
        for (const auto& [language, forms] : e.aliases) {
          Json& list = aliases[language];
          if (list.is_null()) list = Json::array();
          for (const std::string& form : forms) list.push_back(form);
        }
      }
      put_required_text(entry, "definition", e.definition);
      if (!e.see.empty()) entry["see"] = e.see;
      glossary.push_back(std::move(entry));
    }
  }
  return out.dump(2) + "\n";
}

}  // namespace frise
