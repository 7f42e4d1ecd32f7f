#include "platform/gpu.hpp"

#include <GLES3/gl3.h>

namespace frise::platform {

Texture create_texture(int width, int height, std::span<const std::uint8_t> rgba) {
  Texture texture;
  if (width <= 0 || height <= 0) return texture;
  GLuint id = 0;
  glGenTextures(1, &id);
  glBindTexture(GL_TEXTURE_2D, id);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
  glGenerateMipmap(GL_TEXTURE_2D);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  texture.id = id;
  texture.width = width;
  texture.height = height;
  return texture;
}

void destroy_texture(Texture& texture) {
  if (texture.id) {
    const GLuint id = texture.id;
    glDeleteTextures(1, &id);
  }
  texture = {};
}

}  // namespace frise::platform
