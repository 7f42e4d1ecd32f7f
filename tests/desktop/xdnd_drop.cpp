// Drops a file on a window the way a file manager does (the XDND protocol, version 5), for the
// desktop test of dropping a story on Frise: xdotool can move the pointer but not drag a file.
//   frise_xdnd_drop WINDOW_NAME FILE
// Exits 0 once the window said it finished with the drop, 1 on a time-out or no such window.
#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

Window find_named(Display* display, Window window, const char* name) {
  char* window_name = nullptr;
  if (XFetchName(display, window, &window_name) && window_name) {
    const bool same = std::strcmp(window_name, name) == 0;
    XFree(window_name);
    if (same) return window;
  }
  Window root = 0, parent = 0, *children = nullptr;
  unsigned count = 0;
  if (!XQueryTree(display, window, &root, &parent, &children, &count)) return 0;
  Window found = 0;
  for (unsigned i = 0; i < count && !found; ++i) found = find_named(display, children[i], name);
  if (children) XFree(children);
  return found;
}

void send(Display* display, Window target, Atom type, long l0, long l1, long l2, long l3, long l4) {
  XEvent event{};
  event.xclient.type = ClientMessage;
  event.xclient.display = display;
  event.xclient.window = target;
  event.xclient.message_type = type;
  event.xclient.format = 32;
  long* l = event.xclient.data.l;
  l[0] = l0, l[1] = l1, l[2] = l2, l[3] = l3, l[4] = l4;
  XSendEvent(display, target, False, NoEventMask, &event);
  XFlush(display);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: frise_xdnd_drop WINDOW_NAME FILE\n");
    return 2;
  }
  Display* display = XOpenDisplay(nullptr);
  if (!display) {
    std::fprintf(stderr, "frise_xdnd_drop: no X display\n");
    return 1;
  }
  const Window root = DefaultRootWindow(display);
  const Window target = find_named(display, root, argv[1]);
  if (!target) {
    std::fprintf(stderr, "frise_xdnd_drop: no window named %s\n", argv[1]);
    return 1;
  }
  const auto atom = [&](const char* name) { return XInternAtom(display, name, False); };
  const Atom enter = atom("XdndEnter"), position = atom("XdndPosition"), drop = atom("XdndDrop");
  const Atom finished = atom("XdndFinished"), selection = atom("XdndSelection"), copy = atom("XdndActionCopy");
  const Atom uri_list = atom("text/uri-list");
  const Window source = XCreateSimpleWindow(display, root, 0, 0, 1, 1, 0, 0, 0);
  XSetSelectionOwner(display, selection, source, CurrentTime);
  const std::string uris = "file://" + std::string(argv[2]) + "\r\n";

  XWindowAttributes attributes;
  XGetWindowAttributes(display, target, &attributes);
  int x = 0, y = 0;
  Window child = 0;
  XTranslateCoordinates(display, target, root, attributes.width / 2, attributes.height / 2, &x, &y, &child);
  send(display, target, enter, static_cast<long>(source), 5L << 24, static_cast<long>(uri_list), 0, 0);
  send(display, target, position, static_cast<long>(source), 0, (static_cast<long>(x) << 16) | y, CurrentTime,
       static_cast<long>(copy));
  bool dropped = false;
  const auto start = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - start < std::chrono::seconds(10)) {
    while (XPending(display)) {
      XEvent event;
      XNextEvent(display, &event);
      if (event.type == ClientMessage && event.xclient.message_type == finished) {
        std::printf("frise_xdnd_drop: dropped %s on %s\n", argv[2], argv[1]);
        return 0;
      }
      if (event.type == ClientMessage && !dropped) {  // XdndStatus: the window takes it
        send(display, target, drop, static_cast<long>(source), 0, CurrentTime, 0, 0);
        dropped = true;
      }
      if (event.type == SelectionRequest) {  // the window asks for the file list
        const XSelectionRequestEvent& request = event.xselectionrequest;
        XChangeProperty(display, request.requestor, request.property, request.target, 8, PropModeReplace,
                        reinterpret_cast<const unsigned char*>(uris.data()), static_cast<int>(uris.size()));
        XEvent reply{};
        reply.xselection.type = SelectionNotify;
        reply.xselection.requestor = request.requestor;
        reply.xselection.selection = request.selection;
        reply.xselection.target = request.target;
        reply.xselection.property = request.property;
        reply.xselection.time = request.time;
        XSendEvent(display, request.requestor, False, NoEventMask, &reply);
        XFlush(display);
      }
    }
    struct timespec pause{0, 20'000'000};
    nanosleep(&pause, nullptr);
  }
  std::fprintf(stderr, "frise_xdnd_drop: %s never finished the drop\n", argv[1]);
  return 1;
}
