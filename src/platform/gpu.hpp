// GPU resources the view needs: textures made from decoded images. OpenGL ES 3 / WebGL2.
#pragma once
#include <cstdint>
#include <span>

namespace frise::platform {

struct Texture {
  unsigned id = 0;  // GL texture name; 0 = none
  int width = 0;
  int height = 0;
};

// Uploads RGBA pixels (rows top to bottom) with mipmaps, so downscaled art stays crisp.
Texture create_texture(int width, int height, std::span<const std::uint8_t> rgba);
void destroy_texture(Texture& texture);

}  // namespace frise::platform
