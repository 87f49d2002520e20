#include "Startup.h"

int main(int argc, char** argv)
{
    return starmark::studio::Startup::run(argc, argv);
}
