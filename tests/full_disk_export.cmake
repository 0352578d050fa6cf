# An export onto a disk that fills up half-way: exit 2 with the file and the reason, and the earlier export
# in that folder left as it was (it reads back to the same output). Needs root, to mount a small tmpfs;
# elsewhere the test is skipped (exit 77), not passed.
# Run with CHECK (jvom-check), SMALL (a dataset folder that fits), LARGE (a report document that does not), DISK.
file(MAKE_DIRECTORY ${DISK})
execute_process(COMMAND mount -t tmpfs -o size=32k tmpfs ${DISK} RESULT_VARIABLE mounted ERROR_QUIET)
if(NOT mounted EQUAL 0)
  message("SKIP: cannot mount a tmpfs here (not root, or no mount allowed)")
  cmake_language(EXIT 77)
endif()
set(out ${DISK}/export)
execute_process(COMMAND ${CHECK} ${SMALL} --export ${out} --format json OUTPUT_VARIABLE first RESULT_VARIABLE status)
execute_process(COMMAND ${CHECK} ${out} --format json OUTPUT_VARIABLE before)
file(GLOB_RECURSE files_before RELATIVE ${out} ${out}/*)
execute_process(COMMAND ${CHECK} ${LARGE} --export ${out} --fail-on never OUTPUT_QUIET ERROR_VARIABLE errors
                RESULT_VARIABLE failed)
execute_process(COMMAND ${CHECK} ${out} --format json OUTPUT_VARIABLE after)
file(GLOB_RECURSE files_after RELATIVE ${out} ${out}/*)
execute_process(COMMAND umount ${DISK})
string(FIND "${errors}" "cannot write ${out}/" names_file)  # (the path may hold regex characters: g++)
string(FIND "${errors}" ".csv: No space left on device" says_why)
if(NOT failed EQUAL 2 OR names_file EQUAL -1 OR says_why EQUAL -1)
  message(FATAL_ERROR "the export onto a full disk exited with ${failed}:\n${errors}")
endif()
if(NOT before STREQUAL after OR NOT files_before STREQUAL files_after)
  message(FATAL_ERROR "the failed export changed the folder: ${files_before} -> ${files_after}")
endif()
