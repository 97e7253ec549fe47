import CSQLite

/// `archive_km(lat1, lon1, lat2, lon2)`, defined on every connection the archive opens: the
/// great-circle distance in kilometres (`GeoPoint.kilometres`), NULL when a coordinate is NULL.
/// `archive events --near` filters with it, and `archive sql` can use it.
enum GeoFunctions {
    static func register(on connection: Connection) {
        sqlite3_create_function_v2(connection.handle, "archive_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil, { context, _, values in
            guard let context, let values else { return }
            var degrees: [Double] = []
            for index in 0..<4 {
                guard let value = values[index], sqlite3_value_type(value) != SQLITE_NULL else {
                    sqlite3_result_null(context)
                    return
                }
                degrees.append(sqlite3_value_double(value))
            }
            sqlite3_result_double(context, GeoPoint.kilometres(degrees[0], degrees[1], degrees[2], degrees[3]))
        }, nil, nil, nil)
    }
}
