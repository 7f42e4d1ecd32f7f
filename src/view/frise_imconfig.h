// Frise's Dear ImGui configuration (passed as IMGUI_USER_CONFIG; ImGui's sources stay untouched).
#pragma once

// Story text may use characters beyond the Basic Multilingual Plane.
#define IMGUI_USE_WCHAR32
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
// Frise saves no ImGui layout and loads fonts from memory: no file access from ImGui at all,
// which the browser would not have anyway.
#define IMGUI_DISABLE_FILE_FUNCTIONS
// The reader shows neither Dear ImGui's demo nor its metrics and debugging windows: none of
// their code in what every reader downloads (issue 13).
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_METRICS_WINDOW
