# SPDX-License-Identifier: GPL-3.0-or-later
# custodia_set_warnings(target): the project's warning level on one target.
set(CUSTODIA_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
if(CUSTODIA_WERROR)
  list(APPEND CUSTODIA_WARNING_FLAGS -Werror)
endif()

function(custodia_set_warnings target)
  target_compile_options(${target} PRIVATE ${CUSTODIA_WARNING_FLAGS})
endfunction()

# custodia_set_source_warnings(files...): the same, for our own sources of a
# target that also compiles generated code (Qt's moc and QML cache).
function(custodia_set_source_warnings)
  set_source_files_properties(${ARGN} PROPERTIES COMPILE_OPTIONS "${CUSTODIA_WARNING_FLAGS}")
endfunction()
