package builtins

// autoImported reports whether erlang:name/arity is auto-imported, so
// callable without a module and shown without "erlang:" in exceptions.
// The list is OTP 25's erl_internal:bif/2.
func autoImported(name string, arity int) bool {
	switch name {
	case "date", "is_alive", "make_ref", "now", "pre_loaded", "processes", "registered", "self", "time":
		return arity == 0
	case "abs", "atom_to_list", "binary_to_float", "bit_size", "bitsize", "bitstring_to_list", "byte_size",
		"ceil", "check_old_code", "delete_module", "disconnect_node", "float", "floor", "hd", "iolist_size",
		"iolist_to_binary", "is_atom", "is_binary", "is_bitstring", "is_boolean", "is_float", "is_integer",
		"is_list", "is_map", "is_number", "is_pid", "is_port", "is_process_alive", "is_reference", "is_tuple",
		"length", "link", "list_to_atom", "list_to_binary", "list_to_bitstring", "list_to_existing_atom",
		"list_to_float", "list_to_pid", "list_to_port", "list_to_ref", "list_to_tuple", "map_size",
		"module_loaded", "pid_to_list", "port_close", "port_to_list", "purge_module", "ref_to_list", "round",
		"size", "throw", "tl", "trunc", "tuple_size", "tuple_to_list", "unlink", "unregister", "whereis":
		return arity == 1
	case "apply", "binary_part", "check_process_code", "integer_to_binary", "integer_to_list", "is_record",
		"monitor", "monitor_node", "port_command", "process_flag", "spawn", "spawn_link", "spawn_monitor":
		return arity == 2 || arity == 3 || (arity == 1 && (name == "spawn" || name == "spawn_link" ||
			name == "spawn_monitor" || name == "integer_to_binary" || name == "integer_to_list")) ||
			(arity == 4 && (name == "spawn" || name == "spawn_link" || name == "spawn_monitor"))
	case "atom_to_binary", "binary_to_atom", "binary_to_existing_atom", "binary_to_integer", "binary_to_term",
		"demonitor", "error", "exit", "float_to_binary", "float_to_list", "is_function", "list_to_integer",
		"process_info", "term_to_binary":
		return arity == 1 || arity == 2 || (arity == 3 && name == "error")
	case "binary_to_list":
		return arity == 1 || arity == 3
	case "element", "is_map_key", "map_get", "max", "min", "open_port", "port_connect", "put", "register",
		"setelement", "split_binary":
		return arity == 2 || (arity == 3 && name == "setelement")
	case "erase", "get", "get_keys", "node", "nodes", "statistics":
		return arity == 0 || arity == 1
	case "garbage_collect", "group_leader":
		return arity <= 2 && !(name == "group_leader" && arity == 1)
	case "halt":
		return arity <= 2
	case "port_control":
		return arity == 3
	case "spawn_opt":
		return arity >= 2 && arity <= 5
	}
	return false
}
