# Fails when a core header (anything in include/jvom outside io/ and office/) includes a stream header or an
# io/ header, or when a header outside office/ includes an office/ one or what it brings (pugixml, libzip):
# the core and io/ stay free of the optional component's dependencies.
# Run as: cmake -DJVOM_INCLUDE_DIR=<dir> -P check_core_includes.cmake
file(GLOB_RECURSE headers RELATIVE "${JVOM_INCLUDE_DIR}" "${JVOM_INCLUDE_DIR}/jvom/*.hpp")
set(offenders "")
foreach(header IN LISTS headers)
  if(header MATCHES "^jvom/office/")
    continue()
  endif()
  file(STRINGS "${JVOM_INCLUDE_DIR}/${header}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(line MATCHES "jvom/office/|<pugixml|<zip\\.h>")
      list(APPEND offenders "${header}: ${line}")
    elseif(NOT header MATCHES "^jvom/io/" AND
           (line MATCHES "<(iostream|ostream|istream|sstream|fstream|iomanip)>" OR line MATCHES "jvom/io/"))
      list(APPEND offenders "${header}: ${line}")
    endif()
  endforeach()
endforeach()
list(LENGTH headers count)
if(count EQUAL 0)
  message(FATAL_ERROR "no headers found under ${JVOM_INCLUDE_DIR}/jvom")
endif()
if(offenders)
  list(JOIN offenders "\n  " text)
  message(FATAL_ERROR "core headers must not include stream or io headers, nor any the office readers':\n  ${text}")
endif()
message(STATUS "${count} headers checked: the core includes no stream or io header, and only office/ the office ones")
