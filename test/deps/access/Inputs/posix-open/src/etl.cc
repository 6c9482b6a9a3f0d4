#include <fcntl.h>
#include <unistd.h>
// Near misses: a method and another namespace's function named open.
struct Device {
  int open(const char *path, int flags);
};
namespace net {
int open(const char *path, int flags);
} // namespace net
constexpr int AppendFlags = O_WRONLY | O_CREAT | O_APPEND;
int main(int argc, char **argv) {
  int In = open("data/in.bin", O_RDONLY);
  int Out = open("data/out.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int Both = open("data/both.bin", O_RDWR);
  int Log = open("data/log.txt", AppendFlags, 0644);
  int Any = open("data/any.bin", argc); // Unknown flags: both.
  int Rel = openat(AT_FDCWD, "data/rel.bin", O_RDONLY);
  int New = creat("data/new.bin", 0644);
  Device D;
  D.open("data/device.bin", O_WRONLY);
  net::open("data/socket.bin", O_WRONLY);
  close(In), close(Out), close(Both), close(Log), close(Any), close(Rel),
      close(New);
}
