// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBuffer.h"

#include <sodium.h>

#include <algorithm>
#include <new>
#include <utility>

namespace custodia::crypto {

SecureBuffer::SecureBuffer(std::size_t size) {
    // sodium_malloc needs an initialised libsodium (it crashes otherwise);
    // sodium_init is idempotent, thread-safe and cheap after the first call.
    if (sodium_init() < 0) {
        throw std::bad_alloc();
    }
    // sodium_malloc(0) is valid but returns a pointer we must still free;
    // allocate at least one byte so data() is never null for a live buffer.
    void* p = sodium_malloc(std::max<std::size_t>(size, 1));
    if (p == nullptr) {
        throw std::bad_alloc();
    }
    data_ = static_cast<std::uint8_t*>(p);
    capacity_ = size;
    size_ = size;
    sodium_memzero(data_, std::max<std::size_t>(size, 1));
}

SecureBuffer::~SecureBuffer() {
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      capacity_(std::exchange(other.capacity_, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        release();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
        capacity_ = std::exchange(other.capacity_, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::copyOf(std::span<const std::uint8_t> bytes) {
    SecureBuffer b(bytes.size());
    std::copy(bytes.begin(), bytes.end(), b.data_);
    return b;
}

SecureBuffer SecureBuffer::copyOf(std::string_view text) {
    SecureBuffer b(text.size());
    std::copy(text.begin(), text.end(), b.data_);
    return b;
}

std::string_view SecureBuffer::view() const noexcept {
    return {reinterpret_cast<const char*>(data_), size_};
}

void SecureBuffer::truncate(std::size_t newSize) noexcept {
    if (newSize < size_) {
        sodium_memzero(data_ + newSize, size_ - newSize);
        size_ = newSize;
    }
}

bool SecureBuffer::grow(std::size_t newSize) noexcept {
    if (newSize > capacity_) {
        return false;
    }
    size_ = std::max(size_, newSize);
    return true;
}

bool SecureBuffer::equals(std::span<const std::uint8_t> other) const noexcept {
    return other.size() == size_ && sodium_memcmp(data_, other.data(), size_) == 0;
}

void secureWipe(void* data, std::size_t size) noexcept {
    if (data != nullptr && size > 0) {
        sodium_memzero(data, size);
    }
}

void SecureBuffer::release() noexcept {
    if (data_ != nullptr) {
        // sodium_free wipes the region itself; the explicit wipe documents intent
        // and covers the bytes even if a future allocator change skipped it.
        sodium_memzero(data_, std::max<std::size_t>(capacity_, 1));
        sodium_free(data_);
    }
    data_ = nullptr;
    size_ = 0;
    capacity_ = 0;
}

}  // namespace custodia::crypto
