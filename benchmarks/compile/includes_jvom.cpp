// Compile-time cost: a file that includes the whole core.
#include <jvom/jvom.hpp>
int main() { return jvom::version_major; }
