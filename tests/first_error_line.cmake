# Compiles SOURCE as a user's build would (the compiler's defaults, C++20) and expects it to fail with a
# diagnostic read at a glance: the first error line contains EXPECTED, and the whole output is at most
# MAX_LINES lines. With CHARACTERS on, EXPECTED is looked for spelled as Clang prints a pack of characters
# ('d', 'a', ...: jvom/checks/validate.hpp). INCLUDES: include directories, separated by "|". With
# WHOLE_OUTPUT (a file), the output must be that file's text, once ROOT/ and the source's folder are taken
# out of the paths it names.
#   cmake -DCOMPILER=... -DSOURCE=... -DINCLUDES=... -DEXPECTED=... -DCHARACTERS=OFF -DMAX_LINES=25
#         -P first_error_line.cmake
include(${CMAKE_CURRENT_LIST_DIR}/spelled.cmake)

foreach(variable COMPILER SOURCE INCLUDES EXPECTED CHARACTERS MAX_LINES)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "first_error_line.cmake: ${variable} is not set")
  endif()
endforeach()

string(REPLACE "|" ";" include_list "${INCLUDES}")
set(include_flags "")
foreach(directory IN LISTS include_list)
  if(directory)
    list(APPEND include_flags "-I${directory}")
  endif()
endforeach()

execute_process(COMMAND ${COMPILER} -std=c++20 -fsyntax-only -fdiagnostics-color=never ${include_flags} ${SOURCE}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(status EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled; expected a build failure")
endif()

string(REGEX REPLACE "\n$" "" output "${output}")
string(REPLACE ";" "\\;" escaped "${output}")
string(REPLACE "\n" ";" lines "${escaped}")
list(LENGTH lines line_count)
set(first_error "")
foreach(line IN LISTS lines)
  if(line MATCHES "error: ")
    set(first_error "${line}")
    break()
  endif()
endforeach()

jvom_spelled(expected "${EXPECTED}" "${CHARACTERS}")
string(FIND "${first_error}" "${expected}" found)
if(found EQUAL -1)
  message(FATAL_ERROR "the first error line does not contain\n${expected}\nit is\n${first_error}\n\nwhole output:\n${output}")
endif()
if(line_count GREATER MAX_LINES)
  message(FATAL_ERROR "${line_count} lines of diagnostics, expected at most ${MAX_LINES}:\n${output}")
endif()
if(DEFINED WHOLE_OUTPUT)
  get_filename_component(source_folder "${SOURCE}" DIRECTORY)
  string(REPLACE "${source_folder}/" "" normalised "${output}")
  string(REPLACE "${ROOT}/" "" normalised "${normalised}")
  file(READ "${WHOLE_OUTPUT}" wanted)
  string(REGEX REPLACE "\n$" "" wanted "${wanted}")
  if(NOT normalised STREQUAL wanted)
    message(FATAL_ERROR "the output is not the text of ${WHOLE_OUTPUT}; it is:\n${normalised}")
  endif()
endif()
message(STATUS "first error line (${line_count} lines in all): ${first_error}")
