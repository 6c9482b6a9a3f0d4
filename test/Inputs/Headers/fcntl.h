/* Mock <fcntl.h>: glibc's flag values (x86-64) and declarations. */
#pragma once
#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_CREAT 0100
#define O_TRUNC 01000
#define O_APPEND 02000
#define AT_FDCWD -100
typedef unsigned int mode_t;
extern "C" {
extern int open(const char *__file, int __oflag, ...);
extern int openat(int __fd, const char *__file, int __oflag, ...);
extern int creat(const char *__file, mode_t __mode);
}
