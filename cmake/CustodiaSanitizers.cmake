# SPDX-License-Identifier: GPL-3.0-or-later
# ASan + UBSan for the whole build when CUSTODIA_SANITIZE is on; any report aborts.
if(CUSTODIA_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
