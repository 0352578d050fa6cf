# Fails, saying why, when PROGRAM was not built: the tests that need it are then not run.
if(NOT EXISTS "${PROGRAM}")
  message(FATAL_ERROR "${PROGRAM} was not built: the build failed or did not run (cmake --build first); "
                      "none of its tests ran")
endif()
