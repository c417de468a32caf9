// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stream.h"

#include "Error.h"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

namespace custodia::crypto {

std::size_t readFull(ByteSource& src, std::span<std::uint8_t> out) {
    std::size_t total = 0;
    while (total < out.size()) {
        const std::size_t n = src.read(out.subspan(total));
        if (n == 0) {
            break;
        }
        total += n;
    }
    return total;
}

std::size_t FdSource::read(std::span<std::uint8_t> out) {
    for (;;) {
        const ssize_t n = ::read(fd_, out.data(), out.size());
        if (n >= 0) {
            return static_cast<std::size_t>(n);
        }
        const int e = errno;
        if (e != EINTR) {
            throw Error(Error::Code::Io, "cannot read " + name_ + ": " + std::strerror(e), e);
        }
    }
}

void FdSink::write(std::span<const std::uint8_t> bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            const int e = errno;
            if (e == EINTR) {
                continue;
            }
            throw Error(Error::Code::Io, "cannot write " + name_ + ": " + std::strerror(e), e);
        }
        bytes = bytes.subspan(static_cast<std::size_t>(n));
    }
}

std::size_t MemorySource::read(std::span<std::uint8_t> out) {
    const std::size_t n = std::min(out.size(), bytes_.size() - pos_);
    std::copy_n(bytes_.begin() + static_cast<std::ptrdiff_t>(pos_), n, out.begin());
    pos_ += n;
    return n;
}

}  // namespace custodia::crypto
