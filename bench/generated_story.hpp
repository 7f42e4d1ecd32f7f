// A generated story of many panels for the benchmarks: dated panels in chapters, bilingual
// texts, balloons from a few characters, one image layer each.
#pragma once
#include <string>

namespace frise::bench {

inline std::string generate_story_json(int panels) {
  std::string json = R"({"frise": 1, "id": "bench", "title": {"fr": "Banc d’essai", "en": "Benchmark"}, "languages": ["fr", "en"],
    "characters": [{"id": "a", "name": {"fr": "Aryana", "en": "Aryana"}, "colour": "#2E7D6B"}, {"id": "t", "name": {"fr": "Thomas", "en": "Thomas"}, "colour": "#B5532E"}],
    "chapters": [{"id": "c", "title": {"fr": "Chapitre", "en": "Chapter"}, "start": "2000", "end": "2030"}],
    "panels": [)";
  for (int i = 0; i < panels; ++i) {
    const std::string n = std::to_string(i);
    const int year = 2000 + i * 30 / (panels > 0 ? panels : 1);
    const int month = 1 + i % 12;
    if (i) json += ',';
    json += R"({"id": "p)" + n + R"(", "chapter": "c", "date": ")" + std::to_string(year) + "-" + (month < 10 ? "0" : "") +
            std::to_string(month) + R"(", "headline": {"fr": "Case )" + n + R"(", "en": "Panel )" + n +
            R"("}, "caption": {"fr": "L’équipe déploie la zone d’atterrissage… )" + n +
            R"(", "en": "The team deploys the landing zone… )" + n +
            R"("}, "balloons": [{"speaker": "a", "text": {"fr": "On livre ce soir ?", "en": "Shipping tonight?"}, "tail": {"x": 0.3, "y": 0.6}},
              {"speaker": "t", "kind": "thought", "text": {"fr": "Si les tests passent…", "en": "If the tests pass…"}, "tail": {"x": 0.7, "y": 0.6}}],
            "art": {"layers": [{"image": "../assets/art/p.png", "alt": {"fr": "dessin", "en": "drawing"}, "width": 960, "height": 640}]}})";
  }
  return json + "]}";
}

}  // namespace frise::bench
