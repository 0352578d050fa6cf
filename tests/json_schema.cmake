# Runs PROGRAM with ARGS (a |-separated list), expecting EXIT (default 0), and validates what it writes
# on standard output against SCHEMA with PYTHON's jsonschema (tests/validate_json.py).
# Run as: cmake -DPROGRAM=... -DARGS=... -DSCHEMA=... -DPYTHON=... -DOUT=... -P json_schema.cmake
string(REPLACE "|" ";" arguments "${ARGS}")
execute_process(COMMAND ${PROGRAM} ${arguments} OUTPUT_FILE ${OUT} ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()
if(NOT status EQUAL EXIT)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} exited with ${status}, expected ${EXIT}\n${errors}")
endif()
get_filename_component(here "${CMAKE_CURRENT_LIST_FILE}" DIRECTORY)
execute_process(COMMAND ${PYTHON} ${here}/validate_json.py ${SCHEMA} ${OUT} ERROR_VARIABLE problems RESULT_VARIABLE valid)
if(NOT valid EQUAL 0)
  message(FATAL_ERROR "${OUT} does not follow ${SCHEMA}:\n${problems}")
endif()
