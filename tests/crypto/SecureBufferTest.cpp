// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBuffer.h"

#include <catch2/catch.hpp>

#include <type_traits>

using namespace custodia::crypto;

static_assert(!std::is_copy_constructible_v<SecureBuffer>, "secrets must not be copied by accident");
static_assert(!std::is_copy_assignable_v<SecureBuffer>, "secrets must not be copied by accident");
static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);

TEST_CASE("a new buffer is zeroed and has its size", "[securebuffer]") {
    SecureBuffer b(64);
    CHECK(b.size() == 64);
    for (std::uint8_t c : b.span()) {
        CHECK(c == 0);
    }
}

TEST_CASE("moving leaves the source empty, the data moves, not copied", "[securebuffer]") {
    SecureBuffer a = SecureBuffer::copyOf(std::string_view("secret"));
    const std::uint8_t* p = a.data();
    SecureBuffer b = std::move(a);
    CHECK(a.empty());            // NOLINT(bugprone-use-after-move): testing the moved-from state
    CHECK(a.data() == nullptr);  // NOLINT(bugprone-use-after-move)
    CHECK(b.data() == p);
    CHECK(b.view() == "secret");
}

TEST_CASE("truncate wipes what falls off, grow stays within capacity", "[securebuffer]") {
    SecureBuffer b = SecureBuffer::copyOf(std::string_view("abcdef"));
    b.truncate(2);
    CHECK(b.view() == "ab");
    CHECK(b.data()[2] == 0);
    CHECK(b.grow(4));
    CHECK(b.size() == 4);
    CHECK_FALSE(b.grow(7));
}

TEST_CASE("equals compares content in constant time", "[securebuffer]") {
    const SecureBuffer b = SecureBuffer::copyOf(std::string_view("abc"));
    const std::string same = "abc", other = "abd", longer = "abcd";
    CHECK(b.equals({reinterpret_cast<const std::uint8_t*>(same.data()), 3}));
    CHECK_FALSE(b.equals({reinterpret_cast<const std::uint8_t*>(other.data()), 3}));
    CHECK_FALSE(b.equals({reinterpret_cast<const std::uint8_t*>(longer.data()), 4}));
}
