// starmark-studio as it starts for a user, with the tests' remote control
// (StudioRemote) on: the crash test kills it mid-edit, the start-up benchmark
// times it. Built for the tests only.
#include "Startup.h"
#include "StudioRemote.h"

int main(int argc, char** argv)
{
    return starmark::studio::Startup::run(argc, argv, starmark::studio::StudioRemote::drive);
}
