# SPDX-License-Identifier: GPL-3.0-or-later
# custodia_set_warnings(target): the project's warning level on one target.
function(custodia_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                         -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                         -Wformat=2 -Wimplicit-fallthrough)
  if(CUSTODIA_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
