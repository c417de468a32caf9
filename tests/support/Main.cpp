// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "crypto/Random.h"

int main(int argc, char** argv) {
    custodia::crypto::initialize();
    return Catch::Session().run(argc, argv);
}
