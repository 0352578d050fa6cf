# Warnings for jvom's own code, on GCC and Clang alike. They are errors where the project's scripts and CI
# ask for it (-DJVOM_WARNINGS_AS_ERRORS=ON), not in a user's build: a new compiler's new warning must not
# stop someone from building the tools.
option(JVOM_WARNINGS_AS_ERRORS "Treat warnings in jvom's own tests, examples and benchmarks as errors" OFF)

function(jvom_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion)
  if(JVOM_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
