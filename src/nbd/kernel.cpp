// Kernel nbd handoff through libnl-genl, and the ioctl fallback. See kernel.h.
#include "nbd/kernel.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/nbd-netlink.h>
#include <linux/nbd.h>

#include <linux/genetlink.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace aoe::nbd {

namespace {

// CTRL_CMD_GETFAMILY for one name; the reply's CTRL_ATTR_FAMILY_ID is the
// family number. (genl_ctrl_resolve does the same through libnl-genl's
// family objects and their cache, whose dump tables cost about 5 KB of the
// static binary.) Returns the id or a negative libnl error.
int on_family(nl_msg* msg, void* arg) {
    nla_policy pol[CTRL_ATTR_MAX + 1] = {};
    pol[CTRL_ATTR_FAMILY_ID].type = NLA_U16;
    nlattr* tb[CTRL_ATTR_MAX + 1];
    if (genlmsg_parse(nlmsg_hdr(msg), 0, tb, CTRL_ATTR_MAX, pol) == 0 && tb[CTRL_ATTR_FAMILY_ID])
        *static_cast<int*>(arg) = nla_get_u16(tb[CTRL_ATTR_FAMILY_ID]);
    return NL_OK;
}

int resolve_family(nl_sock* sk, const char* name) {
    nl_msg* m = nlmsg_alloc();
    if (!m) return -NLE_NOMEM;
    if (!genlmsg_put(m, NL_AUTO_PORT, NL_AUTO_SEQ, GENL_ID_CTRL, 0, 0, CTRL_CMD_GETFAMILY, 1) ||
        nla_put_string(m, CTRL_ATTR_FAMILY_NAME, name) < 0) {
        nlmsg_free(m);
        return -NLE_NOMEM;
    }
    int id = -NLE_OBJ_NOTFOUND;
    nl_cb* cb = nl_cb_alloc(NL_CB_DEFAULT);
    int rc = cb ? nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, on_family, &id) : -NLE_NOMEM;
    if (rc >= 0) rc = nl_send_auto(sk, m);
    // The reply, then the acknowledgement; an unknown family is an error
    // reply (ENOENT).
    if (rc >= 0) rc = nl_recvmsgs(sk, cb);
    if (rc >= 0) rc = nl_wait_for_ack(sk);
    nlmsg_free(m);
    if (cb) nl_cb_put(cb);
    return rc < 0 ? rc : id;
}

// A generic netlink socket with the nbd family resolved; closes itself.
struct Genl {
    nl_sock* sk = nullptr;
    int family = -1;
    ~Genl() {
        if (sk) nl_socket_free(sk);
    }
    bool open(std::string& err) {
        sk = nl_socket_alloc();
        if (!sk) {
            err = "out of memory for a netlink socket";
            return false;
        }
        if (int rc = genl_connect(sk); rc < 0) {
            err = std::string("generic netlink: ") + nl_geterror(rc);
            return false;
        }
        family = resolve_family(sk, NBD_GENL_FAMILY_NAME);
        if (family < 0) {
            err = "the kernel has no \"nbd\" generic netlink family: load the module "
                  "(modprobe nbd) or use --ioctl";
            return false;
        }
        return true;
    }
    nl_msg* message(uint8_t cmd) {
        nl_msg* m = nlmsg_alloc();
        if (m && !genlmsg_put(m, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, 0, cmd, NBD_GENL_VERSION)) {
            nlmsg_free(m);
            return nullptr;
        }
        return m;
    }
};

bool put_config(nl_msg* m, const KernelConfig& c, int sock, bool sizes) {
    if (nla_put_u32(m, NBD_ATTR_INDEX, uint32_t(c.index)) < 0) return false;
    if (sizes) {
        if (nla_put_u64(m, NBD_ATTR_SIZE_BYTES, c.size) < 0) return false;
        if (nla_put_u64(m, NBD_ATTR_BLOCK_SIZE_BYTES, c.block_size) < 0) return false;
        if (nla_put_u64(m, NBD_ATTR_SERVER_FLAGS, c.server_flags) < 0) return false;
    }
    if (c.timeout_s && nla_put_u64(m, NBD_ATTR_TIMEOUT, c.timeout_s) < 0) return false;
    if (nla_put_u64(m, NBD_ATTR_DEAD_CONN_TIMEOUT, c.dead_conn_timeout_s) < 0) return false;
    if (!c.backend.empty() && nla_put_string(m, NBD_ATTR_BACKEND_IDENTIFIER, c.backend.c_str()) < 0)
        return false;
    nlattr* socks = nla_nest_start(m, NBD_ATTR_SOCKETS);
    if (!socks) return false;
    nlattr* item = nla_nest_start(m, NBD_SOCK_ITEM);
    if (!item || nla_put_u32(m, NBD_SOCK_FD, uint32_t(sock)) < 0) return false;
    nla_nest_end(m, item);
    nla_nest_end(m, socks);
    return true;
}

// Sends and waits for the kernel's answer; returns 0 or a negative libnl code.
int send_sync(Genl& g, nl_msg* m) {
    return nl_send_sync(g.sk, m);  // frees m
}

}  // namespace

int nbd_index_from_path(const std::string& dev) {
    const char* p = dev.c_str();
    if (std::strncmp(p, "/dev/nbd", 8) != 0 || !p[8]) return -1;
    long n = 0;
    for (const char* q = p + 8; *q; q++) {
        if (*q < '0' || *q > '9' || n > 1000000) return -1;
        n = n * 10 + (*q - '0');
    }
    return int(n);
}

bool netlink_available(std::string& err) {
    Genl g;
    return g.open(err);
}

std::string current_backend(int index) {
    char path[64];
    std::snprintf(path, sizeof path, "/sys/block/nbd%d/backend", index);
    FILE* f = std::fopen(path, "re");
    if (!f) return "";
    char buf[256] = {};
    size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    std::string s(buf, n);
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

bool netlink_connect(const KernelConfig& c, int sock, bool& reconfigured, std::string& err) {
    reconfigured = false;
    Genl g;
    if (!g.open(err)) return false;
    nl_msg* m = g.message(NBD_CMD_CONNECT);
    if (!m || !put_config(m, c, sock, true)) {
        if (m) nlmsg_free(m);
        err = "building NBD_CMD_CONNECT failed";
        return false;
    }
    int rc = send_sync(g, m);
    if (rc == 0) return true;
    if (rc != -NLE_BUSY) {
        err = "NBD_CMD_CONNECT for /dev/nbd" + std::to_string(c.index) + ": " + nl_geterror(rc) +
              " (see dmesg for the driver's reason)";
        return false;
    }
    // Busy: another bridge for the same disk died and the driver waits for a
    // new socket; anything else is somebody else's device.
    std::string have = current_backend(c.index);
    if (c.backend.empty() || have != c.backend) {
        err = "/dev/nbd" + std::to_string(c.index) + " is in use" +
              (have.empty() ? std::string() : " by backend '" + have + "'") +
              "; pick another device or disconnect it first";
        return false;
    }
    m = g.message(NBD_CMD_RECONFIGURE);
    if (!m || !put_config(m, c, sock, false)) {
        if (m) nlmsg_free(m);
        err = "building NBD_CMD_RECONFIGURE failed";
        return false;
    }
    rc = send_sync(g, m);
    if (rc < 0) {
        err = "NBD_CMD_RECONFIGURE for /dev/nbd" + std::to_string(c.index) + ": " +
              nl_geterror(rc);
        return false;
    }
    reconfigured = true;
    return true;
}

bool netlink_disconnect(int index, std::string& err) {
    Genl g;
    if (!g.open(err)) return false;
    nl_msg* m = g.message(NBD_CMD_DISCONNECT);
    if (!m || nla_put_u32(m, NBD_ATTR_INDEX, uint32_t(index)) < 0) {
        if (m) nlmsg_free(m);
        err = "building NBD_CMD_DISCONNECT failed";
        return false;
    }
    int rc = send_sync(g, m);
    if (rc < 0) {
        err = "NBD_CMD_DISCONNECT for /dev/nbd" + std::to_string(index) + ": " + nl_geterror(rc);
        return false;
    }
    return true;
}

bool ioctl_connect(const std::string& dev, const KernelConfig& c, int sock, IoctlAttachment& a,
                   std::string& err) {
    a.dev_fd = open(dev.c_str(), O_RDWR | O_CLOEXEC);
    if (a.dev_fd < 0) {
        err = "open " + dev + ": " + std::strerror(errno);
        return false;
    }
    auto fail = [&](const char* what) {
        err = std::string(what) + " on " + dev + ": " + std::strerror(errno);
        close(a.dev_fd);
        a.dev_fd = -1;
        return false;
    };
    if (ioctl(a.dev_fd, NBD_SET_BLKSIZE, (unsigned long)c.block_size) < 0)
        return fail("NBD_SET_BLKSIZE");
    if (ioctl(a.dev_fd, NBD_SET_SIZE_BLOCKS, (unsigned long)(c.size / c.block_size)) < 0)
        return fail("NBD_SET_SIZE_BLOCKS");
    if (ioctl(a.dev_fd, NBD_SET_FLAGS, (unsigned long)c.server_flags) < 0)
        return fail("NBD_SET_FLAGS");
    if (c.timeout_s && ioctl(a.dev_fd, NBD_SET_TIMEOUT, (unsigned long)c.timeout_s) < 0)
        return fail("NBD_SET_TIMEOUT");
    if (ioctl(a.dev_fd, NBD_SET_SOCK, (unsigned long)sock) < 0) {
        if (errno == EBUSY) {
            err = dev + " is in use; pick another device or disconnect it first";
            close(a.dev_fd);
            a.dev_fd = -1;
            return false;
        }
        return fail("NBD_SET_SOCK");
    }
    int fd = a.dev_fd;
    a.doit = std::thread([fd, &a] {
        // Returns only when the device is disconnected (or the socket dies).
        a.doit_result = ioctl(fd, NBD_DO_IT) < 0 ? errno : 0;
    });
    return true;
}

void ioctl_request_disconnect(IoctlAttachment& a) {
    if (a.dev_fd >= 0) ioctl(a.dev_fd, NBD_DISCONNECT);
}

void ioctl_finish(IoctlAttachment& a) {
    if (a.dev_fd < 0) return;
    if (a.doit.joinable()) a.doit.join();
    ioctl(a.dev_fd, NBD_CLEAR_SOCK);
    close(a.dev_fd);
    a.dev_fd = -1;
}

}  // namespace aoe::nbd
