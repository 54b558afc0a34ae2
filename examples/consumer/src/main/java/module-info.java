/**
 * A helpdesk plugin as a named module: it reads only the exported API of the two library modules. Its
 * tests run on the module path, so the statement provider is found through the library's {@code provides}.
 */
module com.example.helpdesk {
    requires dev.empathy.core;
    requires dev.empathy.phrases;

    exports com.example.helpdesk;
}
