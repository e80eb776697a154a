// The default attach_nbd(): this build has no NBD root path. Weak, so the
// NBD room's definition takes its place when it is linked in.
#include "boot/nbd_hook.h"

namespace aoe::boot {

__attribute__((weak)) bool attach_nbd(const NbdAttach&, std::string& device, std::string& err) {
    device.clear();
    err = "aoe.mode=nbd is not available in this aoeboot build (no NBD root support "
          "linked in); boot with aoe.mode=kernel (the default) instead";
    return false;
}

}  // namespace aoe::boot
