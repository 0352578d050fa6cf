# PROGRAM's standard output on a full device (/dev/full): exit 2, saying so, never 0.
execute_process(COMMAND ${PROGRAM} OUTPUT_FILE /dev/full ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 2 OR NOT errors MATCHES "cannot write standard output: No space left on device")
  message(FATAL_ERROR "${PROGRAM} > /dev/full exited with ${status}:\n${errors}")
endif()
