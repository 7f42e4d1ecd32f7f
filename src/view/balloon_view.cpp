#include "view/balloon_view.hpp"

#include "view/text_block.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

namespace frise::view {
namespace {

constexpr float kPi = 3.14159265358979f;

ImVec2 im(Vec2 v) { return {v.x, v.y}; }
ImVec2 operator+(ImVec2 a, ImVec2 b) { return {a.x + b.x, a.y + b.y}; }
ImVec2 operator-(ImVec2 a, ImVec2 b) { return {a.x - b.x, a.y - b.y}; }
ImVec2 operator*(ImVec2 a, float s) { return {a.x * s, a.y * s}; }

ImVec2 normalized(ImVec2 v) {
  const float length = std::sqrt(v.x * v.x + v.y * v.y);
  return length > 0 ? v * (1.0f / length) : ImVec2{0, 1};
}

// The tail's wedge, its sides pushed out by `grow` (the ink version is grown by the line width,
// the fill is not), so the ink shows as a line of even width down to the tip: growing the corners
// instead thins the line towards the tip of a long wedge until it breaks into dots. It starts a
// little inside the balloon so the join is hidden under the fill.
// ImGui feathers a filled shape's edge about half a pixel outward: a fill drawn at full size over
// the ink of a long thin tail eats into its line, which then looks dotted. Tail fills are drawn
// this much inside.
constexpr float kFillFringe = 0.5f;

void tail_wedge(ImDrawList& draw, const Tail& tail, float grow, ImU32 colour) {
  const ImVec2 a = im(tail.base_a), b = im(tail.base_b), tip = im(tail.tip);
  const ImVec2 along = normalized(tip - (a + b) * 0.5f);
  const float inset = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)) * 0.3f;
  const ImVec2 base_a = a - along * inset, base_b = b - along * inset;
  if (grow == 0) {
    draw.AddTriangleFilled(base_a, base_b, tip, colour);
    return;
  }
  // Each side's outward normal (away from the other base corner).
  const auto outward = [](ImVec2 from, ImVec2 to, ImVec2 other) {
    const ImVec2 d = normalized(to - from);
    ImVec2 n{-d.y, d.x};
    if (n.x * (other.x - from.x) + n.y * (other.y - from.y) > 0) n = n * -1.0f;
    return n;
  };
  const ImVec2 n_a = outward(a, tip, b), n_b = outward(b, tip, a);
  // A blunt tip (no miter: on a narrow wedge it would reach far past the point).
  const ImVec2 outline[] = {base_a + n_a * grow, tip + n_a * grow, tip + along * (grow * 0.5f), tip + n_b * grow,
                            base_b + n_b * grow};
  const bool clockwise = (outline[1].x - outline[0].x) * (outline[4].y - outline[0].y) -
                             (outline[1].y - outline[0].y) * (outline[4].x - outline[0].x) > 0;
  if (clockwise) {
    draw.AddConvexPolyFilled(outline, 5, colour);
  } else {
    const ImVec2 reversed[] = {outline[4], outline[3], outline[2], outline[1], outline[0]};
    draw.AddConvexPolyFilled(reversed, 5, colour);
  }
}

void dashed_line(ImDrawList& draw, ImVec2 a, ImVec2 b, ImU32 colour, float width, float dash) {
  const ImVec2 d = b - a;
  const float length = std::sqrt(d.x * d.x + d.y * d.y);
  const ImVec2 step = normalized(d);
  for (float t = 0; t < length; t += dash * 2)
    draw.AddLine(a + step * t, a + step * std::min(length, t + dash), colour, width);
}

void speech_ink(ImDrawList& draw, const PlacedBalloon& b, ImU32 ink, float line) {
  const Rect& r = b.box;
  if (b.tail) tail_wedge(draw, *b.tail, line, ink);
  draw.AddRectFilled({r.x - line, r.y - line}, {r.right() + line, r.bottom() + line}, ink, balloon_corner_radius(b) + line);
}

void speech_fill(ImDrawList& draw, const PlacedBalloon& b, ImU32 fill) {
  const Rect& r = b.box;
  if (b.tail) tail_wedge(draw, *b.tail, -kFillFringe, fill);
  draw.AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, fill, balloon_corner_radius(b));
}

// A speech balloon; glued to `previous`, the two read as one shape: its ink stays outside the
// previous balloon (where it would run between that balloon's words and its edge), and its fill
// covers the previous one's ink inside it.
void draw_speech(ImDrawList& draw, const PlacedBalloon& b, const PlacedBalloon* previous, ImU32 fill, ImU32 ink, float line) {
  if (!previous) {
    speech_ink(draw, b, ink, line);
    speech_fill(draw, b, fill);
    return;
  }
  const Rect& p = previous->box;
  const ImVec2 lo = draw.GetClipRectMin(), hi = draw.GetClipRectMax();
  const Rect outside[] = {{lo.x, lo.y, p.x - lo.x, hi.y - lo.y},
                          {p.right(), lo.y, hi.x - p.right(), hi.y - lo.y},
                          {p.x, lo.y, p.w, p.y - lo.y},
                          {p.x, p.bottom(), p.w, hi.y - p.bottom()}};
  for (const Rect& part : outside) {
    if (part.w <= 0 || part.h <= 0) continue;
    draw.PushClipRect({part.x, part.y}, {part.right(), part.bottom()}, true);
    speech_ink(draw, b, ink, line);
    draw.PopClipRect();
  }
  speech_fill(draw, b, fill);
}

void draw_whisper(ImDrawList& draw, const PlacedBalloon& b, ImU32 fill, ImU32 ink, float line) {
  const Rect& r = b.box;
  const float radius = balloon_corner_radius(b);
  if (b.tail) tail_wedge(draw, *b.tail, 0, fill);
  draw.AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, fill, radius);
  // Dashes along the straight parts and the tail's sides say "quietly".
  const float dash = line * 3;
  dashed_line(draw, {r.x + radius, r.y}, {r.right() - radius, r.y}, ink, line, dash);
  dashed_line(draw, {r.x + radius, r.bottom()}, {r.right() - radius, r.bottom()}, ink, line, dash);
  dashed_line(draw, {r.x, r.y + radius}, {r.x, r.bottom() - radius}, ink, line, dash);
  dashed_line(draw, {r.right(), r.y + radius}, {r.right(), r.bottom() - radius}, ink, line, dash);
  for (int corner = 0; corner < 4; ++corner) {
    const ImVec2 centre{corner % 2 ? r.right() - radius : r.x + radius, corner / 2 ? r.bottom() - radius : r.y + radius};
    const float start = (corner == 0 ? 2.0f : corner == 1 ? 3.0f : corner == 2 ? 1.0f : 0.0f) * kPi / 2;
    for (int i = 0; i < 3; i += 2) {
      draw.PathArcTo(centre, radius, start + static_cast<float>(i) * kPi / 6, start + static_cast<float>(i + 1) * kPi / 6, 6);
      draw.PathStroke(ink, 0, line);
    }
  }
}

// Points along a rectangle's outline, evenly spaced about `step` apart, with the outward normal
// at each: the skeleton of clouds and spiky shouts, so their text stays inside the inner rect.
struct OutlinePoint {
  ImVec2 at, normal;
};
std::vector<OutlinePoint> around(const Rect& r, float step) {
  const float perimeter = 2 * (r.w + r.h);
  const int count = std::max(8, static_cast<int>(perimeter / step));
  std::vector<OutlinePoint> points;
  for (int i = 0; i < count; ++i) {
    float d = perimeter * static_cast<float>(i) / static_cast<float>(count);
    if (d < r.w) { points.push_back({{r.x + d, r.y}, {0, -1}}); continue; }
    d -= r.w;
    if (d < r.h) { points.push_back({{r.right(), r.y + d}, {1, 0}}); continue; }
    d -= r.h;
    if (d < r.w) { points.push_back({{r.right() - d, r.bottom()}, {0, 1}}); continue; }
    d -= r.w;
    points.push_back({{r.x, r.bottom() - d}, {-1, 0}});
  }
  return points;
}


void draw_thought(ImDrawList& draw, const PlacedBalloon& b, ImU32 fill, ImU32 ink, float line) {
  const float pad = b.text.x - b.box.x;
  const Rect inner = b.text.grown(pad * 0.3f);
  const float bump = pad * 0.6f;
  const auto points = around(inner, bump * 1.3f);
  // Ink discs, then white discs over them, then the white core: a cloud with a single outline.
  for (const OutlinePoint& p : points) draw.AddCircleFilled(p.at, bump + line, ink, 16);
  for (const OutlinePoint& p : points) draw.AddCircleFilled(p.at, bump, fill, 16);
  draw.AddRectFilled({inner.x, inner.y}, {inner.right(), inner.bottom()}, fill);
  if (b.tail) {  // little bubbles, shrinking towards the thinker, the last one at the tip
    const ImVec2 from = im(b.tail->base_middle()), to = im(b.tail->tip);
    float biggest = std::min(bump * 0.8f, b.tail->base_a.x == b.tail->base_b.x
                                              ? std::fabs(b.tail->base_b.y - b.tail->base_a.y) * 0.5f
                                              : std::fabs(b.tail->base_b.x - b.tail->base_a.x) * 0.5f);
    // Two at least (one alone reads as a stray dot), five at most, about their own size apart,
    // from just off the cloud to the tip: a gap at either end reads as a trail of no one's.
    const float trail = std::sqrt((to.x - from.x) * (to.x - from.x) + (to.y - from.y) * (to.y - from.y));
    const int count = std::clamp(static_cast<int>(trail / (biggest * 2.4f)), 2, 5);
    biggest = std::max(line * 1.5f, std::min(biggest, trail / (2.4f * static_cast<float>(count))));
    const ImVec2 along = normalized(to - from);
    const float first = biggest * 0.9f, last = trail - biggest * 0.5f - line;  // centres, from the cloud's edge
    for (int i = 0; i < count; ++i) {
      const float k = static_cast<float>(i) / static_cast<float>(count - 1);
      const float radius = biggest * (1.0f - 0.5f * k);
      const ImVec2 p = from + along * (i == count - 1 ? trail - radius - line : first + (last - first) * k);
      draw.AddCircleFilled(p, radius + line, ink, 12);
      draw.AddCircleFilled(p, radius, fill, 12);
    }
  }
}

void draw_shout(ImDrawList& draw, const PlacedBalloon& b, ImU32 fill, ImU32 ink, float line) {
  const float pad = b.text.x - b.box.x;
  const Rect inner = b.text.grown(pad * 0.25f);
  const auto points = around(inner, pad * 1.1f);
  const float spike = pad * 0.7f;
  std::vector<ImVec2> outline;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const OutlinePoint& p = points[i];
    const OutlinePoint& q = points[(i + 1) % points.size()];
    const ImVec2 middle = (p.at + q.at) * 0.5f;
    const ImVec2 normal = normalized(p.normal + q.normal);
    outline.push_back(p.at);
    outline.push_back(middle + normal * spike);
  }
  if (b.tail) tail_wedge(draw, *b.tail, line, ink);
  draw.AddRectFilled({inner.x, inner.y}, {inner.right(), inner.bottom()}, fill);
  for (std::size_t i = 0; i + 1 < outline.size(); i += 2)
    draw.AddTriangleFilled(outline[i], outline[i + 1], outline[(i + 2) % outline.size()], fill);
  if (b.tail) tail_wedge(draw, *b.tail, -kFillFringe, fill);
  draw.AddPolyline(outline.data(), static_cast<int>(outline.size()), ink, ImDrawFlags_Closed, line);
}

}  // namespace

float speaker_name_px(const FontSet& fonts, float px) {
  return std::min(px, std::max(kMinTextPx * fonts.size_per_css_px, px * 0.8f));
}

Vec2 measure_balloon_text(const FontSet& fonts, float px, float max_width, const BalloonText& text, float spacing) {
  const Vec2 words = measure_text_block(fonts.regular, px, max_width, text.text, spacing);
  if (text.speaker.empty()) return {std::ceil(words.x), words.y};
  const Vec2 name = measure_text_block(fonts.bold, speaker_name_px(fonts, px), max_width, text.speaker, 1);
  return {std::ceil(std::max(words.x, name.x)), words.y + name.y};
}

void draw_balloon(ImDrawList& draw, const PlacedBalloon& placed, const PlacedBalloon* previous, BalloonKind kind,
                  const BalloonText& text, const FontSet& fonts, const Theme& theme, float px, float line, float spacing, const TermMarking* marking) {
  switch (kind) {
    case BalloonKind::speech:
      draw_speech(draw, placed, placed.joined ? previous : nullptr, theme.balloon_fill, theme.balloon_ink, line);
      break;
    case BalloonKind::whisper: draw_whisper(draw, placed, theme.balloon_fill, theme.whisper_ink, line); break;
    case BalloonKind::thought: draw_thought(draw, placed, theme.balloon_fill, theme.balloon_ink, line); break;
    case BalloonKind::shout: draw_shout(draw, placed, theme.shout_fill, theme.balloon_ink, line); break;
    case BalloonKind::caption: {
      const Rect& r = placed.box;
      draw.AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, theme.narration_fill);
      draw.AddRect({r.x, r.y}, {r.right(), r.bottom()}, theme.balloon_ink, 0, 0, line);
      break;
    }
  }
  if (placed.joined && previous && kind == BalloonKind::thought) {
    // Two clouds of one thinker: a bubble in the gap between them.
    const Rect& a = previous->box;
    const Rect& b = placed.box;
    const ImVec2 from = im(a.centre()), to = im(b.centre());
    const float x0 = std::max(a.x, b.x), x1 = std::min(a.right(), b.right());
    const ImVec2 at = x1 > x0 ? ImVec2{(x0 + x1) / 2, (std::min(a.bottom(), b.bottom()) + std::max(a.y, b.y)) / 2}
                              : ImVec2{(std::min(a.right(), b.right()) + std::max(a.x, b.x)) / 2, (from.y + to.y) / 2};
    const float radius = (placed.text.x - placed.box.x) * 0.35f;
    draw.AddCircleFilled(at, radius + line, theme.balloon_ink, 12);
    draw.AddCircleFilled(at, radius, theme.balloon_fill, 12);
  } else if (placed.joined && previous && kind != BalloonKind::speech) {
    // Glued to the previous balloon: open the junction so the two outlines read as one. The
    // fill covers where the outlines cross inside both, short of the rounded corners.
    const Rect& a = previous->box;
    const Rect& b = placed.box;
    const float radius = std::max(balloon_corner_radius(*previous), balloon_corner_radius(placed));
    const float x0 = std::max(a.x, b.x), x1 = std::min(a.right(), b.right());
    const float y0 = std::max(a.y, b.y), y1 = std::min(a.bottom(), b.bottom());
    const ImU32 fill = kind == BalloonKind::shout ? theme.shout_fill : theme.balloon_fill;
    if (x1 - x0 < y1 - y0) {  // side by side: the overlap is a tall strip
      if (y1 - y0 > 2 * radius) draw.AddRectFilled({x0 - 2 * line, y0 + radius}, {x1 + 2 * line, y1 - radius}, fill);
    } else if (x1 - x0 > 2 * radius) {  // one above the other
      draw.AddRectFilled({x0 + radius, y0 - 2 * line}, {x1 - radius, y1 + 2 * line}, fill);
    }
  }
  // Centred lines read as a balloon (a left-aligned name would touch a round balloon's curve);
  // narration boxes stay left-aligned.
  const Rect& t = placed.text;
  const Align align = kind == BalloonKind::caption ? Align::left : Align::centre;
  float y = t.y;
  if (!text.speaker.empty())
    y += draw_text_block(draw, fonts.bold, speaker_name_px(fonts, px), {t.x, y}, t.w, text.speaker_colour, text.speaker, 1, align);
  const ImU32 ink = kind == BalloonKind::whisper ? theme.whisper_ink : theme.balloon_ink;
  if (!marking || text.terms.empty()) {
    draw_text_block(draw, fonts.regular, px, {t.x, y}, t.w, ink, text.text, spacing, align);
    return;
  }
  // The card a term opens keeps off the balloon and its tail.
  Rect source = placed.box;
  if (placed.tail) {
    for (const Vec2& p : {placed.tail->base_a, placed.tail->base_b, placed.tail->tip}) {
      const float x0 = std::min(source.x, p.x), y0 = std::min(source.y, p.y);
      source = Rect{x0, y0, std::max(source.right(), p.x) - x0, std::max(source.bottom(), p.y) - y0};
    }
  }
  const TextMarks marks{text.terms, marking->colour, source, marking->spots};
  draw_text_block(draw, fonts.regular, px, {t.x, y}, t.w, ink, text.text, spacing, align, {}, &marks);
}

namespace {
float thought_indent(float px) { return px * 1.1f; }
}  // namespace

float dialogue_line_height(const FontSet& fonts, float px, float width, const BalloonText& text, float spacing) {
  return measure_balloon_text(fonts, px, text.thought ? std::max(px, width - thought_indent(px)) : width, text, spacing).y;
}

float draw_dialogue_line(ImDrawList& draw, ImVec2 at, float width, const BalloonText& text, const FontSet& fonts,
                         ImU32 ink, float px, float spacing, const TermMarking* marking) {
  if (text.thought) {
    const float line = std::max(1.0f, px * 0.07f);
    draw.AddCircle({at.x + px * 0.2f, at.y + px * 0.78f}, px * 0.12f, ink, 12, line);
    draw.AddCircle({at.x + px * 0.62f, at.y + px * 0.5f}, px * 0.2f, ink, 16, line);
    at.x += thought_indent(px);
    width = std::max(px, width - thought_indent(px));
  }
  float y = at.y;
  if (!text.speaker.empty())
    y += draw_text_block(draw, fonts.bold, speaker_name_px(fonts, px), {at.x, y}, width, text.speaker_colour, text.speaker, 1);
  const bool marked = marking && !text.terms.empty();
  const std::size_t first_spot = marked && marking->spots ? marking->spots->size() : 0;
  const TextMarks marks{text.terms, marked ? marking->colour : 0, {}, marked ? marking->spots : nullptr};
  y += draw_text_block(draw, fonts.regular, px, {at.x, y}, width, ink, text.text, spacing, Align::left, {},
                       marked ? &marks : nullptr);
  // The line's own box, known once drawn: the card a term opens keeps off it.
  if (marked && marking->spots)
    for (std::size_t i = first_spot; i < marking->spots->size(); ++i) (*marking->spots)[i].source = {at.x, at.y, width, y - at.y};
  return y - at.y;
}

}  // namespace frise::view
