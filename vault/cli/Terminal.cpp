// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include "vault/Error.h"
#include "vault/Passphrase.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>

namespace custodia::cli {

namespace {

constexpr std::size_t kMaxSecret = 1024;

// Reads one line (without its end) byte by byte, so that the next secret on
// the same descriptor stays unread for the next prompt.
crypto::SecureBuffer readLine(int fd) {
    crypto::SecureBuffer buf(kMaxSecret);
    std::size_t n = 0;
    for (;;) {
        std::uint8_t c = 0;
        const ssize_t r = ::read(fd, &c, 1);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0 || c == '\n') {
            break;
        }
        if (n == kMaxSecret) {
            throw vault::Error(vault::Error::Code::InvalidInput, "the passphrase is longer than 1024 bytes");
        }
        buf.data()[n++] = c;
    }
    if (n > 0 && buf.data()[n - 1] == '\r') {
        --n;
    }
    buf.truncate(n);
    return buf;
}

}  // namespace

bool SecretSource::hasTerminal() const {
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    ::close(fd);
    return true;
}

crypto::SecureBuffer SecretSource::read(const std::string& prompt) {
    if (fd_ >= 0) {
        return readLine(fd_);
    }
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        throw vault::Error(vault::Error::Code::InvalidInput, "there is no terminal to ask for the passphrase",
                           "run it in a terminal, or pass the passphrase on a file descriptor with --passphrase-fd");
    }
    // Echo goes off before the prompt appears: TCSAFLUSH discards typeahead,
    // so anything typed after the prompt must find the terminal already set.
    termios old{};
    const bool isTty = ::tcgetattr(tty, &old) == 0;
    if (isTty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    (void)::write(tty, prompt.data(), prompt.size());
    crypto::SecureBuffer s = readLine(tty);
    if (isTty) {
        ::tcsetattr(tty, TCSANOW, &old);
    }
    ::close(tty);
    return s;
}

crypto::SecureBuffer SecretSource::readNew(const std::string& prompt) {
    crypto::SecureBuffer first = read(prompt);
    if (fd_ < 0) {
        const crypto::SecureBuffer again = read("Ripeti / repeat: ");
        if (!first.equals(again.span())) {
            throw vault::Error(vault::Error::Code::InvalidInput, "the two passphrases differ",
                               "type the same passphrase twice");
        }
    }
    // The same rule as the desktop app's strength bar (vault/Passphrase.h).
    const auto verdict = vault::passphrase::assess(first.view());
    if (verdict.reason == vault::passphrase::Problem::TooShort) {
        throw vault::Error(
            vault::Error::Code::InvalidInput,
            "the passphrase is shorter than " + std::to_string(vault::passphrase::kMinLength) + " characters",
            "choose a longer one: a few unrelated words are easy to remember and hard to guess");
    }
    if (verdict.reason == vault::passphrase::Problem::Guessable) {
        throw vault::Error(vault::Error::Code::InvalidInput,
                           "the passphrase is too easy to guess (a common word, a name, a sequence or a repeat)",
                           "choose four or five unrelated words, e.g. 'tavolo nuvola quaderno salto'");
    }
    return first;
}

std::string ask(const std::string& question) {
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        return {};
    }
    (void)::write(tty, question.data(), question.size());
    crypto::SecureBuffer line = readLine(tty);
    ::close(tty);
    return std::string(line.view());
}

std::string humanBytes(std::uint64_t n) {
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(n);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    char buf[32];
    (void)std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
    return buf;
}

ProgressLine::ProgressLine(std::string label)
    : label_(std::move(label)), enabled_(::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}

ProgressLine::~ProgressLine() {
    clear();
}

void ProgressLine::clear() {
    if (drawn_) {
        (void)std::fputs("\r\033[K", stderr);
        drawn_ = false;
    }
}

void ProgressLine::update(std::uint64_t done, std::uint64_t total) {
    if (!enabled_) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200) && done != total) {
        return;
    }
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
    std::string line = "\r" + label_ + "  " + humanBytes(done);
    if (total > 0) {
        line += " / " + humanBytes(total);
    }
    line += "  " + humanBytes(static_cast<std::uint64_t>(rate)) + "/s";
    if (total > done && rate > 0) {
        line += "  ETA " + std::to_string(static_cast<long>(static_cast<double>(total - done) / rate)) + " s";
    }
    line += "\033[K";
    (void)std::fputs(line.c_str(), stderr);
    drawn_ = true;
}

}  // namespace custodia::cli
