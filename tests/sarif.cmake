# Runs jvom-check (PROGRAM) with ARGS (a |-separated list) and --format sarif, expecting EXIT (default 0), and
# validates what it writes with Microsoft's SARIF validator (VALIDATOR, `sarif-multitool validate`). The
# validator exits 0 whatever it finds, so its own log (a SARIF file) is read: any result in it fails the test.
# With EXPORT, the embedded report is first written as a dataset folder there, and ARGS may name it.
# Run as: cmake -DPROGRAM=... -DARGS=... -DVALIDATOR=... -DOUT=... [-DEXPORT=dir] -P sarif.cmake
string(REPLACE "|" ";" arguments "${ARGS}")
if(DEFINED EXPORT)
  file(REMOVE_RECURSE "${EXPORT}")
  execute_process(COMMAND ${PROGRAM} --export ${EXPORT} OUTPUT_QUIET ERROR_QUIET RESULT_VARIABLE exported)
  if(NOT exported EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --export ${EXPORT} exited with ${exported}")
  endif()
endif()
execute_process(COMMAND ${PROGRAM} ${arguments} --format sarif OUTPUT_FILE ${OUT} ERROR_VARIABLE errors
                RESULT_VARIABLE status)
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()
if(NOT status EQUAL EXIT)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} --format sarif exited with ${status}, expected ${EXIT}\n${errors}")
endif()

set(log "${OUT}.validation.sarif")
file(REMOVE "${log}")
execute_process(COMMAND ${VALIDATOR} validate ${OUT} --output ${log} OUTPUT_VARIABLE said ERROR_VARIABLE said
                RESULT_VARIABLE validated)
if(NOT validated EQUAL 0 OR NOT EXISTS "${log}")
  message(FATAL_ERROR "the SARIF validator did not run on ${OUT} (exit ${validated}):\n${said}")
endif()
file(READ "${log}" validation)
string(JSON problems LENGTH "${validation}" runs 0 results)
if(problems GREATER 0)
  message(FATAL_ERROR "${OUT} is not valid SARIF 2.1.0 (${problems} problems):\n${said}")
endif()

# And it is a log of what jvom-check found: as many results as the JSON output has findings.
execute_process(COMMAND ${PROGRAM} ${arguments} --format json OUTPUT_VARIABLE json RESULT_VARIABLE ignored)
string(JSON findings LENGTH "${json}" findings)
file(READ "${OUT}" sarif)
string(JSON results LENGTH "${sarif}" runs 0 results)
if(NOT results EQUAL findings OR findings EQUAL 0)
  message(FATAL_ERROR "${OUT}: ${results} results for ${findings} findings")
endif()
