// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Passphrase.h"

#include <zxcvbn.h>

namespace custodia::vault::passphrase {

namespace {

// zxcvbn's own thresholds (guesses 10^3, 10^6, 10^8, 10^10) in bits.
int levelFor(double bits) {
    if (bits < 10)
        return 0;
    if (bits < 20)
        return 1;
    if (bits < 28)
        return 2;
    if (bits < 34)
        return 3;
    return 4;
}

std::size_t codePoints(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U)
            ++n;
    }
    return n;
}

}  // namespace

Assessment assess(std::string_view candidate, const std::vector<std::string>& context) {
    Assessment a;
    const std::string text(candidate);
    std::vector<const char*> dict;
    dict.reserve(context.size() + 1);
    for (const auto& word : context) {
        if (!word.empty())
            dict.push_back(word.c_str());
    }
    dict.push_back(nullptr);
    a.bits = text.empty() ? 0.0 : ZxcvbnMatch(text.c_str(), dict.data(), nullptr);
    a.level = levelFor(a.bits);
    if (codePoints(candidate) < kMinLength) {
        a.reason = Problem::TooShort;
        a.problem = "La passphrase è troppo corta: servono almeno 8 caratteri.";
    } else if (a.level < 2) {
        a.reason = Problem::Guessable;
        a.problem = "La passphrase è troppo facile da indovinare (parole comuni, nomi, sequenze o ripetizioni).";
    }
    a.acceptable = a.problem.empty();
    if (a.level < 4) {
        a.advice =
            "Usi una frase di quattro o cinque parole non collegate tra loro, ad esempio «tavolo nuvola "
            "quaderno salto».";
    }
    return a;
}

}  // namespace custodia::vault::passphrase
