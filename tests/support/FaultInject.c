/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Test-only fault injection, loaded with LD_PRELOAD into the real custodia
 * binary. Environment:
 *   CUSTODIA_FAULT_PATH   substring of the file path whose I/O fails
 *   CUSTODIA_FAULT_OP     "write", "read", or "append" (write(2) only: a full
 *                         file system, where rewriting a file in place with
 *                         pwrite still works)
 *   CUSTODIA_FAULT_AFTER  bytes allowed through before failing (default 0)
 *   CUSTODIA_FAULT_ERRNO  errno to fail with (default 28 = ENOSPC)
 * Nothing of this is linked into Custodia itself.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long long passed;

static int matches(int fd, const char* op) {
    const char* want = getenv("CUSTODIA_FAULT_PATH");
    const char* wop = getenv("CUSTODIA_FAULT_OP");
    if (want == NULL || wop == NULL || strcmp(wop, op) != 0) {
        return 0;
    }
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) {
        return 0;
    }
    path[n] = '\0';
    return strstr(path, want) != NULL;
}

static int fault(size_t count, size_t* allowed) {
    const char* after = getenv("CUSTODIA_FAULT_AFTER");
    const char* err = getenv("CUSTODIA_FAULT_ERRNO");
    long long limit = after ? atoll(after) : 0;
    if (passed + (long long)count <= limit) {
        passed += (long long)count;
        *allowed = count;
        return 0;
    }
    if (passed < limit) {
        *allowed = (size_t)(limit - passed);
        passed = limit;
        return 0;
    }
    errno = err ? atoi(err) : ENOSPC;
    return 1;
}

ssize_t write(int fd, const void* buf, size_t count) {
    static ssize_t (*real)(int, const void*, size_t);
    if (!real) {
        real = (ssize_t(*)(int, const void*, size_t))dlsym(RTLD_NEXT, "write");
    }
    size_t allowed = count;
    if ((matches(fd, "write") || matches(fd, "append")) && fault(count, &allowed)) {
        return -1;
    }
    return real(fd, buf, allowed);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
    static ssize_t (*real)(int, const void*, size_t, off_t);
    if (!real) {
        real = (ssize_t(*)(int, const void*, size_t, off_t))dlsym(RTLD_NEXT, "pwrite");
    }
    size_t allowed = count;
    if (matches(fd, "write") && fault(count, &allowed)) {
        return -1;
    }
    return real(fd, buf, allowed, offset);
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset) {
    static ssize_t (*real)(int, const void*, size_t, off64_t);
    if (!real) {
        real = (ssize_t(*)(int, const void*, size_t, off64_t))dlsym(RTLD_NEXT, "pwrite64");
    }
    size_t allowed = count;
    if (matches(fd, "write") && fault(count, &allowed)) {
        return -1;
    }
    return real(fd, buf, allowed, offset);
}

ssize_t read(int fd, void* buf, size_t count) {
    static ssize_t (*real)(int, void*, size_t);
    if (!real) {
        real = (ssize_t(*)(int, void*, size_t))dlsym(RTLD_NEXT, "read");
    }
    size_t allowed = count;
    if (matches(fd, "read") && fault(count, &allowed)) {
        return -1;
    }
    return real(fd, buf, allowed);
}
