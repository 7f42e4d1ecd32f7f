#include "core/glossary_json.hpp"

#include <algorithm>

#include "core/glossary.hpp"
#include "core/id_set.hpp"
#include "core/story_keys.hpp"

namespace frise::detail {
namespace {

// A glossary explains the words of one story; past this many entries it is a dictionary, and
// matching every text against it would cost more than the story.
constexpr std::size_t max_glossary_entries = 2000;

void read_aliases(JsonReader& r, const JsonNode& node, const JsonPath& path, const Story& story, GlossaryEntry& entry) {
  const JsonTree& tree = r.tree();
  if (node.type == JsonNode::Type::array) {  // plain forms: the story's default language
    auto& forms = entry.aliases.emplace_back(story.default_language, std::vector<std::string>{}).second;
    r.read_string_list(node, path, forms);
    return;
  }
  if (!r.is_object(node, path, "the other forms of the term, by language: {\"fr\": […], \"en\": […]}")) return;
  for (std::size_t i = 0; i < node.child_count(); ++i) {
    const JsonNode& list = tree.child(node, i);
    const std::string_view language = tree.key(list);
    const JsonPath list_path = path.member(language);
    if (std::find(story.languages.begin(), story.languages.end(), language) == story.languages.end())
      r.report(Severity::warning, list, list_path, "\"" + std::string(language) + "\" is not one of the story's languages", true);
    r.read_string_list(list, list_path, entry.aliases.emplace_back(std::string(language), std::vector<std::string>{}).second);
  }
}

}  // namespace

void read_glossary(JsonReader& r, const JsonNode& list, const JsonPath& path, Story& story) {
  const JsonTree& tree = r.tree();
  if (!r.is_array(list, path, "an array of terms {\"id\", \"term\", \"definition\", …}")) return;
  if (list.child_count() > max_glossary_entries) {
    r.error(list, path, "the glossary has " + std::to_string(list.child_count()) + " terms; the limit is " +
                            std::to_string(max_glossary_entries));
    return;
  }
  IdSet ids;  // views into the tree's text, which outlives this
  story.glossary.reserve(list.child_count());
  for (std::size_t i = 0; i < list.child_count(); ++i) {
    const JsonNode& node = tree.child(list, i);
    const JsonPath entry_path = path.item(i);
    GlossaryEntry& entry = story.glossary.emplace_back();
    if (!r.is_object(node, entry_path, "a term {\"id\", \"term\", \"definition\", \"aliases\", \"see\"}")) continue;
    const auto m = r.members<keys::glossary_entry>(node, entry_path);
    if (const JsonNode* id = r.require(m["id"], node, entry_path, "id", "other terms name it in \"see\"")) {
      if (r.read_id(*id, entry_path.member("id"), entry.id) && !ids.insert(tree.text(*id)))
        r.warning(*id, entry_path.member("id"), "duplicate term id " + quoted(entry.id));
    }
    if (const JsonNode* term = r.require(m["term"], node, entry_path, "term", "the word or phrase as the texts write it"))
      r.read_text(*term, entry_path.member("term"), entry.term);
    if (const JsonNode* definition = r.require(m["definition"], node, entry_path, "definition", "what the term means"))
      r.read_text(*definition, entry_path.member("definition"), entry.definition);
    if (const JsonNode* aliases = m["aliases"]) read_aliases(r, *aliases, entry_path.member("aliases"), story, entry);
    if (const JsonNode* see = m["see"]) r.read_string_list(*see, entry_path.member("see"), entry.see);
  }
  // "see" may name a later entry: checked once all are read.
  constexpr auto by_id = [](const GlossaryEntry& e) -> std::string_view { return e.id; };
  for (std::size_t i = 0; i < story.glossary.size(); ++i) {
    const JsonNode& node = tree.child(list, i);
    const JsonNode* see = node.type == JsonNode::Type::object ? tree.find(node, "see") : nullptr;
    if (!see || see->type != JsonNode::Type::array) continue;
    const JsonPath entry_path = path.item(i);
    const JsonPath see_path = entry_path.member("see");
    for (std::size_t k = 0; k < see->child_count(); ++k) {
      const JsonNode& item = tree.child(*see, k);
      if (item.type != JsonNode::Type::string) continue;
      const std::string id(tree.text(item));
      if (!story.find_term(id)) r.warn_unknown_id(item, see_path.item(k), "term", id, story.glossary, by_id);
    }
  }
}

void check_glossary_use(JsonReader& r, const JsonNode& list, const JsonPath& path, const Story& story) {
  if (story.glossary.empty() || list.type != JsonNode::Type::array) return;
  const JsonTree& tree = r.tree();
  for (const std::string& language : story.languages) {
    const std::vector<bool> used = terms_used(story, language);
    for (std::size_t i = 0; i < story.glossary.size() && i < list.child_count(); ++i) {
      const GlossaryEntry& entry = story.glossary[i];
      const std::vector<std::string_view> forms = entry.forms(language, story.default_language);
      if (used[i] || forms.empty()) continue;
      const JsonNode& node = tree.child(list, i);
      const JsonNode* term = node.type == JsonNode::Type::object ? tree.find(node, "term") : nullptr;
      const JsonPath entry_path = path.item(i);
      const JsonPath term_path = entry_path.member("term");
      r.report_with(Severity::warning, term ? *term : node, term ? term_path : entry_path, false, [&] {
        return "the term " + quoted(forms.front()) + " is never used in the \"" + language +
               "\" captions and balloons: use it, list the form the texts use in \"aliases\", or remove it";
      });
    }
  }
}

}  // namespace frise::detail
