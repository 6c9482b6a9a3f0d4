/* Mock <unistd.h>. */
#pragma once
typedef long ssize_t;
extern "C" {
extern int close(int __fd);
extern ssize_t read(int __fd, void *__buf, unsigned long __nbytes);
extern ssize_t write(int __fd, const void *__buf, unsigned long __n);
}
