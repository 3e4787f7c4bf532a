package hash_crc_fnv

import (
	"fmt"
	"hash/crc32"
	"hash/fnv"
)

func Main() {
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Println(h.Sum32())
	h64 := fnv.New64()
	h64.Write([]byte("a"))
	h64.Write([]byte("b"))
	fmt.Printf("%x\n", h64.Sum64())
}
