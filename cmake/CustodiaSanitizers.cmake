# SPDX-License-Identifier: GPL-3.0-or-later
# ASan + UBSan for the whole build when CUSTODIA_SANITIZE is on; any report aborts.
if(CUSTODIA_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()

# The fuzz build instruments every library for libFuzzer's coverage.
if(CUSTODIA_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
