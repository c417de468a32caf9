// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

// How good a new passphrase is, for the feedback the person gets while
// typing it (the app's strength bar, the CLI's refusal). The estimate is
// zxcvbn's (dictionary words, names, keyboard patterns, dates, repeats).
namespace custodia::vault::passphrase {

inline constexpr std::size_t kMinLength = 8;

enum class Problem { None, TooShort, Guessable };

struct Assessment {
    double bits = 0;          // zxcvbn's estimate of the guessing entropy
    int level = 0;            // 0 very weak, 1 weak, 2 fair, 3 good, 4 strong
    bool acceptable = false;  // long enough and not trivially guessable
    Problem reason = Problem::None;
    std::string problem;  // Italian, why it is refused; empty when acceptable
    std::string advice;   // Italian, how to make it stronger; may be set when acceptable
};

// `context` holds words that make it weaker if used: the school, the user's
// name and id. Refused: shorter than kMinLength characters, or below 28 bits
// (guessed within hours offline even at the vault's scrypt cost).
[[nodiscard]] Assessment assess(std::string_view candidate, const std::vector<std::string>& context = {});

}  // namespace custodia::vault::passphrase
