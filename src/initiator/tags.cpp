#include "initiator/tags.h"

#include <cerrno>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace aoe::initiator {

TagClaim claim_tag_range(const char* path) {
    TagClaim c;
    std::string dir(path);
    size_t slash = dir.rfind('/');
    if (slash != std::string::npos && slash > 0) mkdir(dir.substr(0, slash).c_str(), 0755);  // EEXIST is fine
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return c;  // no writable /run (early boot): the caller picks at random
    for (unsigned i = 0; i < kTagInstances; i++) {
        // An OFD lock belongs to this open file, not to the process: two
        // devices in one process get two ranges, and it goes away with the fd.
        struct flock l {};
        l.l_type = F_WRLCK;
        l.l_whence = SEEK_SET;
        l.l_start = off_t(i);
        l.l_len = 1;
        if (fcntl(fd, F_OFD_SETLK, &l) == 0) {
            c.instance = int(i);
            c.fd = fd;
            return c;
        }
    }
    close(fd);
    return c;
}

void release_tag_range(TagClaim& c) {
    if (c.fd >= 0) close(c.fd);
    c = TagClaim{};
}

}  // namespace aoe::initiator
