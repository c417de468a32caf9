// SPDX-License-Identifier: GPL-3.0-or-later
// The threaded file writer of exports: every size around the direct-I/O
// alignment and the block size, written in uneven pieces, on a disk and on
// tmpfs (which refuses O_DIRECT), gives exactly the bytes and their SHA-256.
#include "crypto/Sha256.h"
#include "support/TestVault.h"
#include "vault/Error.h"
#include "vault/Files.h"
#include "vault/Pipeline.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace custodia;
using custodia::test::TempDir;

namespace {

std::vector<std::uint8_t> readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeWith(const std::filesystem::path& path, const std::vector<std::uint8_t>& data, std::size_t piece) {
    vault::files::UniqueFd fd = vault::files::createNew(path);
    vault::pipeline::FileWriter w(fd.get(), path, true);
    std::size_t pos = 0;
    std::size_t step = piece;
    while (pos < data.size()) {
        const std::size_t n = std::min(step, data.size() - pos);
        w.write(std::span(data).subspan(pos, n));
        pos += n;
        step = step * 7 % 100003 + 1;  // uneven pieces
    }
    w.finish();
    CHECK(w.size() == data.size());
    CHECK(w.sha256Hex() == crypto::toHex(crypto::Sha256::of(data)));
}

}  // namespace

TEST_CASE("the file writer writes every size exactly, with and without direct I/O", "[pipeline]") {
    TempDir disk;
    std::vector<std::filesystem::path> places{disk.path()};
    if (std::filesystem::is_directory("/dev/shm")) {
        places.emplace_back("/dev/shm");  // tmpfs: no O_DIRECT, the ordinary path
    }
    const std::vector<std::size_t> sizes{
        0, 1, 4095, 4096, 4097, 1 << 20, (1 << 20) - 4096, (1 << 20) + 5, 3 * (1 << 20) + 17};
    for (const auto& place : places) {
        for (const std::size_t size : sizes) {
            const auto data = test::randomBytes(size);
            for (const std::size_t piece : {std::size_t{1000}, std::size_t{65536}, std::size_t{1} << 21}) {
                const auto path = place / ("custodia-writer-" + std::to_string(::getpid()) + "-" +
                                           std::to_string(size) + "-" + std::to_string(piece));
                INFO(path << " size " << size << " piece " << piece);
                writeWith(path, data, piece);
                CHECK(readAll(path) == data);
                std::filesystem::remove(path);
            }
        }
    }
}

TEST_CASE("the file writer reports a failing medium as an I/O error", "[pipeline]") {
    TempDir tmp;
    const auto path = tmp / "x";
    vault::files::UniqueFd fd = vault::files::createNew(path);
    vault::files::UniqueFd readOnly(::open(path.c_str(), O_RDONLY));
    vault::pipeline::FileWriter w(readOnly.get(), path, false);  // write() on it fails with EBADF
    const auto data = test::randomBytes(3 << 20);
    CHECK(test::codeOf([&] {
              w.write(data);
              w.finish();
          }) == vault::Error::Code::Io);
}
