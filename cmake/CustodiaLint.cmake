# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --build --preset default --target lint`: clang-format check of every
# C++ source, qmllint of the QML, clang-tidy (bugprone-*, cert-*) on crypto/
# and vault/. Not part of CI's time budget; run it before a commit.
file(GLOB_RECURSE CUSTODIA_LINT_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/crypto/*.cpp ${PROJECT_SOURCE_DIR}/crypto/*.h
     ${PROJECT_SOURCE_DIR}/vault/*.cpp ${PROJECT_SOURCE_DIR}/vault/*.h
     ${PROJECT_SOURCE_DIR}/gui/*.cpp ${PROJECT_SOURCE_DIR}/gui/*.h
     ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
file(GLOB_RECURSE CUSTODIA_TIDY_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/crypto/*.cpp ${PROJECT_SOURCE_DIR}/vault/*.cpp)
file(GLOB CUSTODIA_QML_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/gui/*.qml)
find_program(CLANG_FORMAT clang-format)
find_program(CLANG_TIDY clang-tidy)
find_program(QMLLINT qmllint6 qmllint PATHS /usr/lib/qt6/bin)
add_custom_target(lint
  COMMAND ${CLANG_FORMAT} --dry-run --Werror ${CUSTODIA_LINT_SOURCES}
  COMMAND ${QMLLINT} ${CUSTODIA_QML_FILES}
  COMMAND ${CLANG_TIDY} -p ${CMAKE_BINARY_DIR} --quiet
          --checks=-*,bugprone-*,cert-*,-bugprone-easily-swappable-parameters,-cert-err58-cpp
          --warnings-as-errors=* ${CUSTODIA_TIDY_SOURCES}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "clang-format, qmllint, clang-tidy"
  VERBATIM)
add_custom_target(format
  COMMAND ${CLANG_FORMAT} -i ${CUSTODIA_LINT_SOURCES}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "clang-format -i"
  VERBATIM)
